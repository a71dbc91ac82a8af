// Why: action points for the decision and follow-up tests, built on the domain type so a
// change to the model shows up here as a type error.
import type { ActionPoint } from '../../../src/domain/action-point';
import { newId, type ActionPointId, type WorkshopId } from '../../../src/domain/ids';
import type { IsoDate } from '../../../src/domain/time';
import { T0 } from '../support/fixtures';

export function point(overrides: Partial<ActionPoint> = {}): ActionPoint {
  return {
    id: newId<ActionPointId>(),
    workshopId: 'w-1' as WorkshopId,
    title: 'Iets doen',
    description: '',
    owner: { kind: 'nobody' },
    dueDate: null,
    priority: 'medium',
    isCondition: false,
    status: 'open',
    dropReason: '',
    origin: { kind: 'manual' },
    valueId: null,
    precondition: null,
    order: 0,
    createdAt: T0,
    updatedAt: T0,
    completedAt: null,
    done: { note: '', by: '', on: null },
    ...overrides,
  };
}

export const day = (s: string) => s as IsoDate;
