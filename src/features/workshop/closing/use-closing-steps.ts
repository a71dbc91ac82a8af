// Why: the step rail shows the closing steps like the others: whether each is empty, started
// or done (see domain/action-rules), and how many action points are still open.
import { isOpen } from '../../../domain/action-point';
import { actionsStatus, decisionStatus, preconditionsStatus } from '../../../domain/action-rules';
import type { StepStatus } from '../../../domain/progress';
import type { Section } from '../sections';
import { useWorkshopData } from '../workshop-context';
import { useActionPoints } from './use-closing-data';

/** The closing steps for the rail; `open`: how many action points are still open (actions step only). */
export function useClosingSteps(): { section: Section; status: StepStatus; open: number }[] {
  const { workshop } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  const list = points.status === 'ready' ? points.value : [];
  const open = list.filter(isOpen).length;
  return [
    { section: 'actions', status: actionsStatus(list), open },
    { section: 'preconditions', status: preconditionsStatus(workshop.preconditions), open: 0 },
    { section: 'decision', status: decisionStatus(workshop.decision), open: 0 },
  ];
}
