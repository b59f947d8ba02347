import { useId } from 'react';
import { useI18n } from '../i18n/i18n';

export interface FacetOption {
  value: string;
  label: string;
  count?: number;
}

/** A labelled native select: keyboard-reachable and screen-reader friendly without extra work. */
export function FacetSelect(props: {
  label: string;
  value: string | undefined;
  options: readonly FacetOption[];
  onChange: (value: string | null) => void;
  name: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">{t('facet.any')}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
            {option.count !== undefined ? ` (${option.count})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
