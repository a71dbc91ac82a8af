// Why: "Laat anderen meeschrijven": the join code of this topic, large enough to scan from
// across the table. It opens (or reuses) a session for exactly these questions; the code holds
// their texts in the workshop's language, the names of who is at the table and the session key,
// and nothing else of the workshop.
import { useEffect, useState } from 'preact/hooks';
import type { TopicId } from '../../../domain/ids';
import { joinCodeParts, newJoinCode, type JoinCode } from '../../../exchange/contribution/join-code';
import { formatMoment } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { openSession } from '../../../storage/many-hands-repo';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { QrCode } from '../../shared/qr/QrCode';
import { useContentLang, usePeople, useWorkshopData } from '../workshop-context';

export function InviteDialog({ topicId, onClose, onReceive }: { topicId: TopicId; onClose: () => void; onReceive: () => void }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const people = usePeople();
  const contentLang = useContentLang();
  const topic = index.topic(topicId);
  const [code, setCode] = useState<{ join: JoinCode; text: string } | null>(null);
  useEffect(() => {
    if (!topic) return;
    const questions = topic.questions.map((q) => ({ id: q.id, text: q.text[contentLang] }));
    void openSession(workshop.id, new Date(), () =>
      newJoinCode({ workshopId: workshop.id, title: workshop.title, lang: contentLang, questions, people: people.map((p) => ({ id: p.id, name: p.name || '?' })), now: new Date() }),
    ).then(async (r) => {
      if (!r.ok) return;
      const [text] = await joinCodeParts(r.value);
      if (text) setCode({ join: r.value, text });
    });
  }, [topicId]);
  // The same code as a small text file, for a device without a camera (its join step opens it).
  const [fileUrl, setFileUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!code) return undefined;
    const url = URL.createObjectURL(new Blob([code.text], { type: 'text/plain' }));
    setFileUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [code]);
  const name = topic?.title[lang] ?? '';
  return (
    <Dialog
      open
      title={t('workshop:hands.invite.title')}
      onClose={onClose}
      actions={
        <>
          <Button appearance="primary" onClick={onReceive}>
            {t('workshop:hands.invite.receive')}
          </Button>
          <Button onClick={onClose}>{t('actions.close')}</Button>
        </>
      }
    >
      <p class="nl-paragraph join-steps">{t('workshop:hands.invite.steps')}</p>
      {code ? (
        <>
          <QrCode class="join-qr" text={code.text} label={t('workshop:hands.invite.qrLabel', { topic: name })} />
          <p class="nl-paragraph subtle join-offers">{t('workshop:hands.invite.offers', { topic: name, until: formatMoment(code.join.expiresAt, lang) })}</p>
          {fileUrl && (
            // The link on a line of its own (a 48 px target inside a sentence spread its lines apart), its hint below.
            <div class="join-file">
              <a class="nl-link link-target" href={fileUrl} download="deda-meeschrijven.txt">
                {t('workshop:hands.invite.file')}
              </a>
              <p class="nl-paragraph subtle">{t('workshop:hands.invite.fileHint')}</p>
            </div>
          )}
        </>
      ) : (
        <p class="nl-paragraph subtle" role="status">
          {t('workshop:hands.invite.making')}
        </p>
      )}
    </Dialog>
  );
}
