// Why: the step rail shows the closing steps like the others: whether each is empty, started
// or done (see domain/action-rules), and how many action points are still open.
import { isOpen } from '../../../domain/action-point';
import { actionsStatus, decisionStatus, preconditionsStatus } from '../../../domain/action-rules';
import type { StepStatus } from '../../../domain/progress';
import type { Section } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { useActionPoints } from './use-closing-data';

export function useClosingSteps(): { section: Section; status: StepStatus; extra?: string }[] {
  const { workshop } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  const list = points.status === 'ready' ? points.value : [];
  const open = list.filter(isOpen).length;
  return [
    { section: 'actions', status: actionsStatus(list), extra: open > 0 ? String(open) : undefined },
    { section: 'preconditions', status: preconditionsStatus(workshop.preconditions) },
    { section: 'decision', status: decisionStatus(workshop.decision) },
  ];
}
