// Why: every step of a workshop needs the same few things (the workshop, its pack, who is at
// the table, the question states). The screen reads them once and hands them down here.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PackIndex } from '../../content/pack-index';
import type { QuestionId } from '../../domain/ids';
import type { Participant } from '../../domain/participant';
import type { QuestionState } from '../../domain/question-state';
import type { Workshop } from '../../domain/workshop';

export interface WorkshopData {
  readonly workshop: Workshop;
  readonly index: PackIndex;
  readonly participants: readonly Participant[];
  readonly states: ReadonlyMap<QuestionId, QuestionState>;
  readonly noteCounts: ReadonlyMap<QuestionId, number>;
}

export const WorkshopContext = createContext<WorkshopData | null>(null);

export function useWorkshopData(): WorkshopData {
  const data = useContext(WorkshopContext);
  if (!data) throw new Error('useWorkshopData outside a workshop');
  return data;
}
