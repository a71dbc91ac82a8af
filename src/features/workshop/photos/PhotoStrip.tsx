// Why: photos of the paper poster and post-its, for the workshop as a whole or for one
// topic: taken with the camera or chosen from files, shown as thumbnails with a caption,
// deleted with undo.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import { offerUndo } from '../../shared/offer-undo';
import type { Attachment, AttachmentTarget } from '../../../domain/attachment';
import { useT } from '../../../i18n/use-t';
import { addPhoto, deletePhoto, restorePhoto, updateCaption } from '../../../storage/attachments-repo';
import { beforeWrite } from '../../../storage/write';
import { Button } from '../../../ui/Button';
import { AutoTextField } from '../AutoTextField';
import { useAttachments } from '../use-workshop-data';
import { useContentLang, useWorkshopData } from '../workshop-context';
import { downscale } from './downscale';
import { intakeMessages, takeIn } from './photo-intake';

function sameTarget(a: AttachmentTarget, b: AttachmentTarget): boolean {
  return a.kind === b.kind && (a.kind === 'workshop' || (b.kind === 'topic' && a.topicId === b.topicId));
}

function Thumb({ photo, index }: { photo: Attachment; index: number }) {
  const { t } = useT();
  const contentLang = useContentLang();
  const url = useMemo(() => URL.createObjectURL(photo.blob), [photo.blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const remove = async () => {
    const r = await deletePhoto(photo);
    if (r.ok)
      offerUndo({
        key: `photo-${photo.id}`,
        said: t('workshop:photos.deleted'),
        what: t('workshop:removed.photo'),
        content: photo.caption || t('workshop:photos.alt', { number: index + 1 }),
        lang: contentLang,
        restore: () => restorePhoto(photo),
      });
  };
  return (
    <li class="photo">
      <a href={url} target="_blank" rel="noopener" class="photo__link">
        <img src={url} alt={photo.caption || t('workshop:photos.alt', { number: index + 1 })} width={photo.width} height={photo.height} loading="lazy" />
      </a>
      <AutoTextField draftKey={`${photo.workshopId}:caption:${photo.id}`} label={t('workshop:photos.caption')} stored={photo.caption} save={(c) => updateCaption(photo, c)} />
      <Button appearance="subtle" danger onClick={() => void remove()}>
        {t('workshop:photos.delete')}
        <span class="visually-hidden"> {photo.caption || t('workshop:photos.alt', { number: index + 1 })}</span>
      </Button>
    </li>
  );
}

export function PhotoStrip({ target, title }: { target: AttachmentTarget; title: string }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const all = useAttachments(workshop.id);
  const photos = all.status === 'ready' ? all.value.filter((a) => sameTarget(a.target, target)) : [];
  const camera = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const take = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    // "Saving" from the moment the photos are chosen, scaling included.
    const result = await beforeWrite(() => takeIn(Array.from(list), downscale, (scaled) => addPhoto(workshop.id, target, { ...scaled, caption: '' })));
    setBusy(false);
    const text = intakeMessages(result)
      .map((m) => t(`workshop:photos.${m.key}`, { count: m.count }))
      .join(' ');
    if (text) showNotice({ id: 'photo-failed', text, tone: 'error', dismissible: true, actions: [] });
  };

  return (
    <section class="panel photos" aria-label={title}>
      <h3 class="nl-heading nl-heading--level-3">{title}</h3>
      {photos.length > 0 ? (
        <ul class="photo-grid">
          {photos.map((p, i) => (
            <Thumb key={p.id} photo={p} index={i} />
          ))}
        </ul>
      ) : (
        <p class="nl-paragraph subtle">{t('workshop:photos.none')}</p>
      )}
      <div class="row">
        <Button onClick={() => camera.current?.click()} busy={busy}>
          {t('workshop:photos.take')}
        </Button>
        <Button onClick={() => files.current?.click()} busy={busy}>
          {t('workshop:photos.choose')}
        </Button>
        <input ref={camera} type="file" accept="image/*" capture="environment" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => {
            const input = e.currentTarget;
            void take(input.files).then(() => (input.value = ''));
          }} />
        <input
          ref={files}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="photo-input"
          onChange={(e) => {
            const input = e.currentTarget;
            void take(input.files).then(() => (input.value = ''));
          }}
        />
      </div>
    </section>
  );
}
