import { useQuery } from 'urql';
import { Quote } from '../common/Quote';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../url-state/useUrlState';
import { OtherPlansQuery } from './plans.graphql';

/** The same project in other plans — its city or county plan, its other editions — each with both sentences. */
export function OtherPlans({ projectId, name }: { projectId: string; name: string }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({
    query: OtherPlansQuery,
    variables: { id: projectId },
  });
  const links = data?.project?.otherPlans ?? [];
  if (links.length === 0) return null;
  return (
    <section aria-label={t('panel.otherPlans')}>
      <h3>{t('panel.otherPlans')}</h3>
      <ul className="other-plans">
        {links.map((link) => (
          <li key={`${link.kind}:${link.project.id}`}>
            <span className="badge">{t(`panel.otherPlan.${link.direction}` as MessageKey)}</span>{' '}
            <a
              href="?"
              onClick={(event) => {
                event.preventDefault();
                navigate({ focus: link.project.id });
              }}
            >
              {link.project.name}
            </a>{' '}
            <small>{link.planTitle}</small>
            <blockquote>
              <Quote text={link.evidence.from.quote} marks={[name, link.project.name]} />
            </blockquote>
            <blockquote>
              <Quote text={link.evidence.to.quote} marks={[name, link.project.name]} />
            </blockquote>
            <small className="rule">{link.evidence.rule}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
