import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { PlanInputError } from '../errors';
import { decodePlanBytes, decodePlanFile, MAX_FILE_BYTES, MAX_LINE_CHARS } from './decode';

const SAMPLE =
  '景德镇市国民经济和社会发展第十五个五年规划纲要\n\n专栏 2 文化遗产保护利用工程\n\n1. 遗址保护\n推进御窑厂遗址（含 GDP 5%）保护。\n';
const GAZETTE = path.join(__dirname, '..', '..', 'data', 'jingdezhen-gazette-2026-05.txt');

function refusal(run: () => unknown): PlanInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return error as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

describe('decodePlanBytes', () => {
  it('reads UTF-8 without a BOM and hashes the bytes', () => {
    const bytes = Buffer.from(SAMPLE, 'utf8');
    const decoded = decodePlanBytes('plan.txt', bytes);
    expect(decoded).toEqual({
      file: 'plan.txt',
      text: SAMPLE,
      encoding: 'utf-8',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('reads UTF-8 with a BOM and drops the BOM from the text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    const decoded = decodePlanBytes('plan.txt', bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads GBK bytes as GB18030', () => {
    const decoded = decodePlanBytes('plan.txt', iconv.encode(SAMPLE, 'gbk'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(SAMPLE);
  });

  it('reads characters only GB18030 has', () => {
    const text = '𠀀字与䶮字（GB18030 四字节）\n第二行。\n';
    const decoded = decodePlanBytes('plan.txt', iconv.encode(text, 'gb18030'));
    expect(decoded.text).toBe(text);
  });

  it('refuses an empty file', () => {
    const error = refusal(() => decodePlanBytes('empty.txt', Buffer.alloc(0)));
    expect(error.line).toBeNull();
    expect(error.problem).toMatch(/empty/);
  });

  it('refuses a file of whitespace', () => {
    expect(refusal(() => decodePlanBytes('blank.txt', Buffer.from('\n \n\t\n'))).problem).toMatch(/no text/);
  });

  it('refuses binary files, naming the line of the first NUL byte', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n'), Buffer.from([0x50, 0x4b, 0x00, 0x03])]);
    const error = refusal(() => decodePlanBytes('archive.zip', bytes));
    expect(error.problem).toMatch(/binary/);
    expect(error.line).toBe(3);
  });

  it('refuses files of control bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01)));
    expect(refusal(() => decodePlanBytes('blob.bin', bytes)).problem).toMatch(/binary/);
  });

  it('names the line of bytes that are not UTF-8 in a UTF-8 file', () => {
    const bytes = Buffer.concat([
      Buffer.from('第一行文字\n第二行文字\n第三'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('行\n第四行\n'),
    ]);
    const error = refusal(() => decodePlanBytes('broken.txt', bytes));
    expect(error.line).toBe(3);
    expect(error.file).toBe('broken.txt');
    expect(error.message).toBe('broken.txt:3: bytes that are not valid UTF-8');
  });

  it('names the line of bytes that GB18030 cannot decode in a GBK file', () => {
    const bytes = Buffer.concat([
      iconv.encode('第一行中文内容\n第二行', 'gbk'),
      Buffer.from([0xff]),
      iconv.encode('中文\n第三行中文\n', 'gbk'),
    ]);
    const error = refusal(() => decodePlanBytes('broken-gbk.txt', bytes));
    expect(error.line).toBe(2);
    expect(error.problem).toMatch(/neither UTF-8 nor GBK/);
  });
});

describe('decodePlanFile', () => {
  it('reads the bundled gazette as UTF-8', () => {
    const decoded = decodePlanFile(GAZETTE);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('专栏 27 平安景德镇工程');
    expect(decoded.sha256).toBe(createHash('sha256').update(fs.readFileSync(GAZETTE)).digest('hex'));
  });

  it('refuses a missing file', () => {
    const missing = path.join(os.tmpdir(), 'no-such-plan-file.txt');
    const error = refusal(() => decodePlanFile(missing));
    expect(error.file).toBe(missing);
    expect(error.line).toBeNull();
    expect(error.problem).toBe('file not found');
  });

  it('refuses a directory', () => {
    expect(refusal(() => decodePlanFile(os.tmpdir())).problem).toMatch(/directory/);
  });
});

describe('size limits', () => {
  it('refuses a file above the size limit before reading it', () => {
    expect(() => decodePlanBytes('big.txt', Buffer.alloc(MAX_FILE_BYTES + 1, 0x41))).toThrow(
      /^big\.txt: file is 2\.0 MB; a plan gazette is at most 2 MB$/,
    );
  });
  it('refuses a line longer than a gazette ever has, naming it', () => {
    const text = `第一章 总则\n${'，'.repeat(MAX_LINE_CHARS + 1)}\n`;
    expect(() => decodePlanBytes('long.txt', Buffer.from(text))).toThrow(
      `long.txt:2: line of ${MAX_LINE_CHARS + 1} characters; a gazette line is at most ${MAX_LINE_CHARS}`,
    );
  });
});
