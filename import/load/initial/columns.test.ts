import fc from 'fast-check';
import { z } from 'zod';
import { BoxProps, NODE_PROPS, ProjectProps, REL_PROPS } from '../../../graph/model';
import { ARRAY_DELIMITER, cellOf, columnType, headerCell, schemaColumns } from './columns';

describe('the CSV columns of the import tool', () => {
  it('types each property as graph/model.ts declares it', () => {
    expect(schemaColumns(ProjectProps).map(headerCell)).toEqual(
      expect.arrayContaining(['name', 'line:long', 'box:long', 'boxes:long[]', 'orgs:string[]', 'tier', 'kind']),
    );
    expect(columnType(BoxProps.shape.itemTitles)).toBe('string[]');
    expect(columnType(z.boolean().nullable())).toBe('boolean');
    expect(columnType(z.number())).toBe('double');
  });

  it('marks the lists every node holds, which an empty cell leaves to be set empty after the import', () => {
    const columns = new Map(schemaColumns(ProjectProps).map((c) => [c.name, c]));
    expect(columns.get('orgs')!.emptyWhenAbsent).toBe(true);
    expect(columns.get('name')!.emptyWhenAbsent).toBe(false);
    expect(schemaColumns(z.object({ a: z.array(z.string()).optional() }))[0].emptyWhenAbsent).toBe(false);
    expect(schemaColumns(z.object({ a: z.array(z.string()).nullable() }))[0].emptyWhenAbsent).toBe(false);
  });

  it('has a column type for every property of every label and relationship type', () => {
    for (const schema of [...Object.values(NODE_PROPS), ...Object.values(REL_PROPS)])
      expect(() => schemaColumns(schema)).not.toThrow();
  });

  it('writes nothing for null, and the literal of a string, integer, float or boolean', () => {
    expect(cellOf(null, 'string')).toBeNull();
    expect(cellOf(undefined, 'long')).toBeNull();
    expect(cellOf('', 'string')).toBe('');
    expect(cellOf('景德镇“陶瓷”,园', 'string')).toBe('景德镇“陶瓷”,园');
    expect(cellOf(12n, 'long')).toBe('12');
    expect(cellOf(-9223372036854775808n, 'long')).toBe('-9223372036854775808');
    expect(cellOf(1.5, 'double')).toBe('1.5');
    expect(cellOf(false, 'boolean')).toBe('false');
    expect(cellOf([1n, 2n], 'long[]')).toBe(`1${ARRAY_DELIMITER}2`);
    expect(cellOf(['', 'b'], 'string[]')).toBe(`${ARRAY_DELIMITER}b`);
  });

  it('leaves to a fix-up what a cell cannot hold as the driver stores it', () => {
    expect(cellOf([], 'string[]')).toBeUndefined();
    expect(cellOf([''], 'string[]')).toBeUndefined();
    expect(cellOf([`a${ARRAY_DELIMITER}b`], 'string[]')).toBeUndefined();
    expect(cellOf('two\nlines', 'string')).toBeUndefined();
    expect(cellOf(1.5, 'long')).toBeUndefined();
    expect(cellOf(12, 'long')).toBeUndefined();
    expect(cellOf(2n ** 63n, 'long')).toBeUndefined();
    expect(cellOf(3n, 'double')).toBeUndefined();
    expect(cellOf([1n, 2.5], 'long[]')).toBeUndefined();
    expect(cellOf('3', 'long')).toBeUndefined();
  });

  it('gives back every list of texts it writes when the cell is split as the tool splits it', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (list) => {
        const cell = cellOf(list, 'string[]');
        if (cell !== undefined) expect(cell!.split(ARRAY_DELIMITER)).toEqual(list);
      }),
    );
  });
});
