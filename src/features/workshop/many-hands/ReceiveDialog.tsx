// Why: "Ontvang notities": the tablet's camera reads a phone's codes (or a file is opened),
// and the notes that arrive are listed with who wrote them, to take all at once or one by one.
// Taken notes go on the board through the notes' own repository, credited to their writer and
// marked as written on another device; a note taken before is not added again.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { NoteId, QuestionId } from '../../../domain/ids';
import { useT } from '../../../i18n/use-t';
import { announce } from '../../../shell/announce';
import { takeNotes, type IncomingNote } from '../../../storage/many-hands-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalKey } from '../../shared/qr/refusals';
import { Scanner } from '../../shared/qr/Scanner';
import { useContentLang, useWorkshopData } from '../workshop-context';
import { fileFlow, scanFlow, type Outcome, type Received } from './receive-flow';

type Decision = 'taken' | 'skipped' | 'already';

export function ReceiveDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const { workshop, index } = useWorkshopData();
  const contentLang = useContentLang();
  const flow = useMemo(() => scanFlow(workshop.id), [workshop.id]);
  const [received, setReceived] = useState<readonly Received[]>([]);
  const [decided, setDecided] = useState<ReadonlyMap<NoteId, Decision>>(new Map());
  const [message, setMessage] = useState<{ tone: 'warning' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const seen = useRef(new Set<string>());
  // "Straight onto the board": notes go up as they arrive, without looking them over first.
  const [straight, setStraight] = useState(false);
  const direct = useRef(straight);
  direct.current = straight;

  const show = (o: Outcome) => {
    if (o.kind === 'refused') setMessage({ tone: 'warning', text: t(refusalKey(o.reason)) });
    else if (o.kind === 'progress') setMessage({ tone: 'info', text: t('workshop:hands.scan.parts', { have: o.have, of: o.of }) });
    else if (o.kind === 'received') {
      setMessage(null);
      if (seen.current.has(o.received.contribution.mac)) return;
      seen.current.add(o.received.contribution.mac);
      setReceived((list) => [...list, o.received]);
      setDecided((d) => new Map([...d, ...o.received.notes.filter((n) => n.already).map((n) => [n.storedId, 'already'] as const)]));
      const fresh = o.received.notes.filter((n) => !n.already);
      if (direct.current && fresh.length > 0) void take(fresh.map((n) => ({ r: o.received, n })));
    }
  };

  const all = received.flatMap((r) => r.notes.map((n) => ({ r, n })));
  const people = new Set(all.map(({ n }) => n.writer.trim().toLocaleLowerCase())).size;
  const open = all.filter(({ n }) => !decided.has(n.storedId));

  const take = async (items: readonly { r: Received; n: IncomingNote }[]) => {
    setBusy(true);
    let added = 0;
    const groups = new Map<Received, IncomingNote[]>();
    for (const { r, n } of items) groups.set(r, [...(groups.get(r) ?? []), n]);
    const taken: NoteId[] = [];
    for (const [r, notes] of groups) {
      const result = await takeNotes(r.contribution, notes);
      if (!result.ok) break;
      added += result.value;
      taken.push(...notes.map((n) => n.storedId));
    }
    setDecided((d) => new Map([...d, ...taken.map((id) => [id, 'taken'] as const)]));
    setBusy(false);
    announce(t('workshop:hands.receive.added', { count: added }));
  };

  const questionText = (id: string) => index.question(id as QuestionId)?.question.text[contentLang] ?? id;
  return (
    <Dialog open title={t('workshop:hands.receive.title')} onClose={onClose} actions={<Button onClick={onClose}>{t('actions.close')}</Button>}>
      <p class="nl-paragraph">{t('workshop:hands.receive.intro')}</p>
      <div class="utrecht-form-field utrecht-form-field--checkbox receive-straight">
        <input id="receive-straight" type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" checked={straight} onChange={(e) => setStraight(e.currentTarget.checked)} />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="receive-straight">
          {t('workshop:hands.receive.straight')}
        </label>
      </div>
      <Scanner onText={(text) => void flow(text).then(show)} />
      <div class="receive-file">
        <label class="utrecht-button utrecht-button--secondary-action receive-file__button">
          {t('workshop:hands.receive.file')}
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) show(await fileFlow(workshop.id, await file.text()));
            }}
          />
        </label>
        <span class="subtle">{t('workshop:hands.receive.fileHint')}</span>
      </div>
      {message && (
        <Alert type={message.tone} live>
          {message.text}
        </Alert>
      )}
      <h3 class="nl-heading nl-heading--level-3" id="received-title">
        {t('workshop:hands.receive.list')}
      </h3>
      <p class="nl-paragraph received-count" data-received-count="" role="status">
        {all.length === 0 ? t('workshop:hands.receive.none') : t('workshop:hands.receive.count', { notes: t('workshop:hands.receive.notes', { count: all.length }), people: t('workshop:hands.receive.people', { count: people }) })}
      </p>
      {open.length > 0 && (
        <Button appearance="primary" busy={busy} disabled={busy} onClick={() => void take(open)}>
          {t('workshop:hands.receive.takeAll')}
        </Button>
      )}
      <ul class="received" aria-labelledby="received-title">
        {all.map(({ r, n }) => {
          const state = decided.get(n.storedId);
          const short = n.note.text.slice(0, 40);
          return (
            <li key={n.storedId} class={`received__note note--${n.note.kind}`} data-received={state ?? 'open'}>
              <p class="received__meta">
                <strong>{t('workshop:hands.receive.by', { name: n.writer })}</strong> · {t(`workshop:kinds.${n.note.kind}`)} · <span lang={contentLang}>{questionText(n.note.questionId)}</span>
              </p>
              <p class="received__text" lang={contentLang}>
                {n.note.text}
              </p>
              {state ? (
                <p class="received__state">{t(state === 'taken' ? 'workshop:hands.receive.taken' : state === 'skipped' ? 'workshop:hands.receive.skipped' : 'workshop:hands.receive.already')}</p>
              ) : (
                <div class="received__actions">
                  <Button disabled={busy} onClick={() => void take([{ r, n }])} aria-label={t('workshop:hands.receive.takeLabel', { text: short })}>
                    {t('workshop:hands.receive.take')}
                  </Button>
                  <Button appearance="subtle" disabled={busy} onClick={() => setDecided(new Map([...decided, [n.storedId, 'skipped']]))} aria-label={t('workshop:hands.receive.skipLabel', { text: short })}>
                    {t('workshop:hands.receive.skip')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
