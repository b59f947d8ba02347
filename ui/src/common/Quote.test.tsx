import { render, screen } from '@testing-library/react';
import { evidence } from '../../test/mockClient';
import { I18nProvider } from '../i18n/i18n';
import { EvidenceBlock, markParts } from './Quote';

describe('markParts', () => {
  it('marks every occurrence of the cited phrase', () => {
    expect(markParts('推进御窑厂遗址保护，御窑厂遗址展示', ['御窑厂遗址'])).toEqual([
      { text: '推进', marked: false },
      { text: '御窑厂遗址', marked: true },
      { text: '保护，', marked: false },
      { text: '御窑厂遗址', marked: true },
      { text: '展示', marked: false },
    ]);
  });

  it('prefers the longer phrase where two overlap and ignores empty marks', () => {
    expect(markParts('景德镇罗家机场改扩建工程', ['', '罗家机场', '景德镇罗家机场改扩建工程'])).toEqual([
      { text: '景德镇罗家机场改扩建工程', marked: true },
    ]);
  });

  it('leaves a quote without the phrase whole', () => {
    expect(markParts('无关的句子', ['机场'])).toEqual([{ text: '无关的句子', marked: false }]);
  });
});

describe('EvidenceBlock', () => {
  it('shows the sentence with the cited part highlighted and where it comes from', () => {
    render(
      <I18nProvider lang="zh">
        <EvidenceBlock
          evidence={{ ...evidence('推进景德镇罗家机场改扩建工程建设。', 1033), documentTitle: '规划纲要' }}
          marks={['景德镇罗家机场改扩建工程']}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('景德镇罗家机场改扩建工程').tagName).toBe('MARK');
    expect(screen.getByText(/规划纲要 第 1033 行/)).toBeInTheDocument();
    expect(screen.getByText('明示')).toHaveClass('basis-stated');
  });
});
