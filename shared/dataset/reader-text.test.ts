import { describe, expect, it } from 'vitest';
import { readerTextProblems } from './reader-text';

describe('reader-facing dataset text', () => {
  it('accepts plain statements about the world', () => {
    expect(readerTextProblems('No North Korean state-media text of this reply is known.')).toEqual([]);
    expect(readerTextProblems('Rodong Sinmun ran the full text on its front page.')).toEqual([]);
    expect(readerTextProblems('북한 매체는 답전 전문을 공개하지 않았다.')).toEqual([]);
    expect(readerTextProblems('朝鲜官方媒体未公布复电全文。')).toEqual([]);
  });

  it('rejects research notes and raw URLs', () => {
    expect(readerTextProblems('No KCNA page for this reply was found in the index.')).not.toEqual([]);
    expect(readerTextProblems('The two seeds quote the same words.')).not.toEqual([]);
    expect(readerTextProblems('The page was read, but its headline was not visible.')).not.toEqual([]);
    expect(readerTextProblems('See https://kcnawatch.org/newstream/1 for the text.')).not.toEqual([]);
    expect(readerTextProblems('저장된 사본에는 제목이 없다')).not.toEqual([]);
    expect(readerTextProblems('索引中没有朝中社的原文')).not.toEqual([]);
  });
});
