// The save indicator speaks only when it matters (4.1.3): when saving starts to fail, and when
// it works again; never for the "saving… saved" of an ordinary keystroke.
import { describe, expect, it } from 'vitest';
import { saidOnChange } from '../../../src/app/SaveIndicator';

describe('what the save indicator announces', () => {
  it('says nothing for ordinary saves', () => {
    expect(saidOnChange('idle', 'saved')).toBeNull();
    expect(saidOnChange('saved', 'saved')).toBeNull();
  });

  it('says so once when saving fails, not again while it keeps failing', () => {
    expect(saidOnChange('saved', 'failed')).toBe('failed');
    expect(saidOnChange('idle', 'failed')).toBe('failed');
    expect(saidOnChange('failed', 'failed')).toBeNull();
  });

  it('says so when it works again', () => {
    expect(saidOnChange('failed', 'saved')).toBe('recovered');
  });
});
