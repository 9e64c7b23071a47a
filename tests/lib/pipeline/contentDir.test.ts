import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirFromEnv } from '../../../src/lib/pipeline/contentDir';

describe('contentDirFromEnv', () => {
  it('reads CONTENT_DIR, resolved from the working directory', () => {
    expect(contentDirFromEnv({ CONTENT_DIR: '/tmp/reports' })).toBe('/tmp/reports');
    expect(contentDirFromEnv({ CONTENT_DIR: 'other' })).toBe(resolve('other'));
  });

  it('falls back to content/ when CONTENT_DIR is unset or blank', () => {
    expect(contentDirFromEnv({})).toBe(resolve('content'));
    expect(contentDirFromEnv({ CONTENT_DIR: '  ' })).toBe(resolve('content'));
  });
});
