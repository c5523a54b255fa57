import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

const AT = new Date(Date.UTC(2026, 10, 23, 10, 0, 0));

function capture(level: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  return {
    lines,
    logger: createLogger(
      level,
      (line) => lines.push(line),
      () => AT,
    ),
  };
}

describe('createLogger', () => {
  it('writes one line with time, level, message and fields', () => {
    const { lines, logger } = capture('info');
    logger.info('digest sent', { subscription: 3, channel: '123', note: 'two words' });
    expect(lines).toEqual([
      '2026-11-23T10:00:00.000Z INFO digest sent subscription=3 channel=123 note="two words"',
    ]);
  });

  it('drops events below its level', () => {
    const { lines, logger } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(lines.map((l) => l.split(' ')[1])).toEqual(['WARN', 'ERROR']);
  });

  it('keeps a multi-line stack on one line', () => {
    const { lines, logger } = capture('error');
    logger.error('failed\nbadly', { stack: 'Error: x\n    at y' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('2026-11-23T10:00:00.000Z ERROR failed badly stack="Error: x\\n    at y"');
  });
});
