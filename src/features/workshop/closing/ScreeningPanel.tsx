// Why: whether a DPIA and an IAMA follow from this project. The group answers a few questions
// with what it knows now; next to each, what the workshop already said about it (the notes of
// the related questions), so the answers rest on the conversation. The outcome says what follows
// and why (domain/screening.ts), and one tap turns it into an action point. The app decides
// nothing: "weet niet" stays open, and the answers are the group's, in the report.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Note } from '../../../domain/note';
import {
  ANSWERS,
  AP_LIST,
  DPIA_CRITERIA,
  HIGH_RISK_AREAS,
  IAMA_QUESTIONS,
  SCREENING_EVIDENCE,
  dpiaCallsForAction,
  dpiaOutcome,
  iamaCallsForAction,
  iamaOutcome,
  type Answer,
  type DpiaCriterion,
  type IamaQuestion,
  type Screening,
} from '../../../domain/screening';
import { dpiaAdvice, iamaAdvice, type Advice, type ScreeningSay } from '../../../i18n/screening-texts';
import { useT } from '../../../i18n/use-t';
import { announce } from '../../../shell/announce';
import { Link } from '../../../shell/Link';
import { addActionPoint, EMPTY_DRAFT } from '../../../storage/action-points-repo';
import { updateScreening } from '../../../storage/workshop-content-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { focusAfter } from '../../../ui/focus-after';
import { AutoTextField } from '../AutoTextField';
import { IamaStartButton } from './IamaStartButton';
import { sectionHref } from '../sections';
import { useContentLang, useWorkshopData } from '../workshop-context';
import { useWorkshopNotes } from './use-closing-data';

const SHOWN_NOTES = 3;

function AnswerChoice({ name, legend, hint, value, onChange, children }: { name: string; legend: string; hint?: string; value: Answer | null | undefined; onChange: (a: Answer) => void; children?: ComponentChildren }) {
  const { t } = useT();
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="utrecht-form-fieldset screening__question" aria-describedby={hintId}>
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {hint && (
        <p class="nl-paragraph subtle" id={hintId}>
          {hint}
        </p>
      )}
      <div class="segmented">
        {ANSWERS.map((a) => (
          <label key={a} class={`segmented__option answer--${a}`}>
            <input type="radio" class="choice__input" name={name} value={a} checked={value === a} onChange={() => onChange(a)} />
            <span>{t(`decision:screening.answer.${a}`)}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/** The notes of the questions that bear on it: concerns and open questions first. */
function Evidence({ of, notes }: { of: DpiaCriterion | IamaQuestion; notes: readonly Note[] }) {
  const { t } = useT();
  const lang = useContentLang();
  const related = SCREENING_EVIDENCE[of];
  const rank = (n: Note) => (n.kind === 'concern' ? 0 : n.kind === 'question' ? 1 : 2);
  const found = notes.filter((n) => related.includes(n.questionId) || n.questionId === 'privacy.dpia').sort((a, b) => rank(a) - rank(b));
  if (found.length === 0) return <p class="screening__evidence subtle">{t('decision:screening.evidenceNone')}</p>;
  return (
    <details class="screening__evidence">
      <summary>{t('decision:screening.evidence', { count: found.length })}</summary>
      <ul class="plain-list">
        {found.slice(0, SHOWN_NOTES).map((n) => (
          <li key={n.id}>
            <span class={`badge kind--${n.kind}`}>{t(`workshop:kinds.${n.kind}`)}</span> <span lang={lang}>{n.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Outcome({ id, heading, advice, tone, action }: { id: string; heading: string; advice: Advice; tone: 'attention' | 'neutral' | 'quiet'; action: ComponentChildren }) {
  return (
    <div class={`screening__outcome screening__outcome--${tone}`}>
      {/* The advice is said when it changes with an answer; the buttons below are not part of it. */}
      <div role="status" aria-labelledby={id}>
        <p class="screening__outcome-label" id={id}>
          {heading}: <strong>{advice.title}</strong>
        </p>
        {advice.reasons.map((r) => (
          <p key={r} class="nl-paragraph">
            {r}
          </p>
        ))}
      </div>
      {action}
    </div>
  );
}

export function ScreeningPanel() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const notes = useWorkshopNotes(workshop.id);
  const [failed, setFailed] = useState(false);
  const s = workshop.screening;
  const say: ScreeningSay = (key, options) => (t as unknown as ScreeningSay)(`decision:screening.${key}`, options);
  const change = async (f: (s: Screening) => Screening) => setFailed(!(await updateScreening(workshop.id, f)).ok);
  const noteList = notes.status === 'ready' ? notes.value : [];
  const dpia = dpiaOutcome(s);
  const iama = iamaOutcome(s);
  const dpiaText = dpiaAdvice(dpia, say);
  const iamaText = iamaAdvice(iama, say);

  const makePoint = async (which: 'dpia' | 'iama') => {
    const key =
      which === 'dpia'
        ? dpia.kind === 'required'
          ? 'pointDpiaRequired'
          : 'pointDpiaCheck'
        : iama.kind === 'required'
          ? 'pointIamaRequired'
          : iama.kind === 'advised'
            ? 'pointIamaAdvised'
            : 'pointIamaCheck';
    // The button gives way to "Hiervan is een actiepunt gemaakt": focus goes to that message
    // (its link to the action points within reach), not to <body> (2.4.3).
    const stopWatch = focusAfter(`[data-point-made="${which}"]`);
    const reason = (which === 'dpia' ? dpiaText : iamaText).reasons.join(' ');
    const title = say(`${key}.title`);
    const r = await addActionPoint(workshop.id, {
      ...EMPTY_DRAFT,
      title,
      description: say(`${key}.description`, { reason }),
      owner: { kind: 'role', role: which === 'dpia' ? 'privacy-officer' : 'project-owner' },
      priority: 'high',
    });
    if (!r.ok) {
      stopWatch();
      return setFailed(true);
    }
    await change((x) => ({ ...x, points: { ...x.points, [which]: r.value } }));
    announce(say('pointSaid', { title }));
  };

  const pointAction = (which: 'dpia' | 'iama', calls: boolean) => {
    const made = s.points[which];
    if (made) {
      return (
        <p class="nl-paragraph screening__made" data-point-made={which} tabIndex={-1}>
          {t('decision:screening.pointMade')}{' '}
          <Link class="nl-link" href={sectionHref(workshop.id, 'actions')}>
            {t('decision:screening.toActions')}
          </Link>
        </p>
      );
    }
    return calls ? (
      <Button appearance="secondary" onClick={() => void makePoint(which)}>
        {t('decision:screening.makePoint')}
      </Button>
    ) : null;
  };

  const toggle = <K extends string>(list: readonly K[], k: K, on: boolean): K[] => (on ? [...new Set([...list, k])] : list.filter((x) => x !== k));

  return (
    <section class="panel screening" aria-labelledby="screening-title" id="screening">
      <h2 class="nl-heading nl-heading--level-2" id="screening-title">
        {t('decision:screening.title')}
      </h2>
      <p class="nl-paragraph">{t('decision:screening.intro')}</p>
      {failed && <Alert type="error">{t('workshop:field.notSaved')}</Alert>}
      <AnswerChoice name="screening-personal" legend={t('decision:screening.personalData.label')} hint={t('decision:screening.personalData.hint')} value={s.personalData} onChange={(a) => void change((x) => ({ ...x, personalData: a }))} />

      <h3 class="nl-heading nl-heading--level-3">{t('decision:screening.dpiaTitle')}</h3>
      <p class="nl-paragraph subtle">{t('decision:screening.dpiaHint')}</p>
      {DPIA_CRITERIA.map((c) => (
        <AnswerChoice key={c} name={`screening-dpia-${c}`} legend={t(`decision:screening.criterion.${c}.label`)} value={s.dpia[c]} onChange={(a) => void change((x) => ({ ...x, dpia: { ...x.dpia, [c]: a } }))}>
          <Evidence of={c} notes={noteList} />
        </AnswerChoice>
      ))}
      <fieldset class="utrecht-form-fieldset screening__question" aria-describedby="screening-ap-hint">
        <legend class="utrecht-form-fieldset__legend">{t('decision:screening.apTitle')}</legend>
        <p class="nl-paragraph subtle" id="screening-ap-hint">
          {t('decision:screening.apHint')}
        </p>
        <div class="chips">
          {AP_LIST.map((k) => (
            <label key={k} class="chip">
              <input type="checkbox" class="choice__input" checked={s.apList.includes(k)} onChange={(e) => {
                  // Read now: the event is over by the time the change runs in its transaction.
                  const on = e.currentTarget.checked;
                  void change((x) => ({ ...x, apList: toggle(x.apList, k, on) }));
                }} />
              <span>{t(`decision:screening.ap.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Outcome id="screening-dpia-outcome" heading={t('decision:screening.outcomeDpia')} advice={dpiaText} tone={dpia.kind === 'required' ? 'attention' : dpia.kind === 'not-screened' ? 'quiet' : 'neutral'} action={pointAction('dpia', dpiaCallsForAction(dpia))} />

      <h3 class="nl-heading nl-heading--level-3">{t('decision:screening.iamaTitle')}</h3>
      <p class="nl-paragraph subtle">{t('decision:screening.iamaHint')}</p>
      {IAMA_QUESTIONS.map((q) => (
        <AnswerChoice key={q} name={`screening-iama-${q}`} legend={t(`decision:screening.iama.${q}.label`)} value={s.iama[q]} onChange={(a) => void change((x) => ({ ...x, iama: { ...x.iama, [q]: a } }))}>
          <Evidence of={q} notes={noteList} />
        </AnswerChoice>
      ))}
      <fieldset class="utrecht-form-fieldset screening__question" aria-describedby="screening-areas-hint">
        <legend class="utrecht-form-fieldset__legend">{t('decision:screening.areasTitle')}</legend>
        <p class="nl-paragraph subtle" id="screening-areas-hint">
          {t('decision:screening.areasHint')}
        </p>
        <div class="chips">
          {HIGH_RISK_AREAS.map((a) => (
            <label key={a} class="chip">
              <input type="checkbox" class="choice__input" checked={s.highRiskAreas.includes(a)} onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void change((x) => ({ ...x, highRiskAreas: toggle(x.highRiskAreas, a, on) }));
                }} />
              <span>{t(`decision:screening.area.${a}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Outcome id="screening-iama-outcome" heading={t('decision:screening.outcomeIama')} advice={iamaText} tone={iama.kind === 'required' || iama.kind === 'advised' ? 'attention' : iama.kind === 'not-screened' ? 'quiet' : 'neutral'}
        action={
          <>
            {pointAction('iama', iamaCallsForAction(iama))}
            {iamaCallsForAction(iama) && <IamaStartButton workshopId={workshop.id} />}
          </>
        }
      />

      <AutoTextField draftKey={`${workshop.id}:screening-note`} label={t('decision:screening.note')} stored={s.note} save={(note) => updateScreening(workshop.id, (x) => ({ ...x, note }))} multiline rows={3} />
      <p class="nl-paragraph subtle screening__sources">{t('decision:screening.sources')}</p>
    </section>
  );
}
