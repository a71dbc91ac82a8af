// Why: the section builders each return a draft; numbering (1, 2, 5.1…) is done once, after
// all of them are known, because a chapter's number depends on which chapters came before.
import type { Block, ReportSection, SectionId } from './report-model';

export type DraftSection = Omit<ReportSection, 'number'>;

export function section(id: SectionId, title: string, blocks: Block[], opts: { level?: 1 | 2; kicker?: string | null; startsPage?: boolean } = {}): DraftSection {
  return { id, title, level: opts.level ?? 1, kicker: opts.kicker ?? null, startsPage: opts.startsPage ?? false, blocks };
}
