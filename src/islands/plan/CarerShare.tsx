import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Sealed } from '../../domain/plan-crypto';
import { exportSealedFile, MAX_IMPORT_BYTES, type ImportProblem } from '../../domain/plan-file';
import { mergePlans, nothingChanged, selectChildren, type MergeSummary } from '../../domain/plan-merge';
import { PASSPHRASE_MIN_LENGTH, type Plan } from '../../domain/plan-schema';
import { fillTemplate } from '../../domain/text';
import { download } from './download';
import type { SectionProps } from './types';

const FILE_NAME = 'open-door-shared-plan.json';

/**
 * Sharing the plan with another carer: an encrypted file handed over by the Web Share API (or saved, where
 * the browser can't share files), and on the other device a preview, then merge or replace, all or nothing.
 */
export default function CarerShare(props: SectionProps) {
  const t = () => props.text.planner.share;
  const safety = () => props.text.safety;
  // Children left out of the file: everyone goes unless unticked, including children added later.
  const [leftOut, setLeftOut] = createSignal<string[]>([]);
  const chosen = () =>
    props.family
      .plan()
      .children.map((child) => child.id)
      .filter((id) => !leftOut().includes(id));
  const [pass, setPass] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [sealedFile, setSealedFile] = createSignal<Sealed>();
  const [filePass, setFilePass] = createSignal('');
  const [incoming, setIncoming] = createSignal<Plan>();

  const working = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  const whole = () => props.family.plan().children.every((child) => chosen().includes(child.id));
  const toggle = (id: string, on: boolean) =>
    setLeftOut((current) => (on ? current.filter((other) => other !== id) : [...new Set([...current, id])]));

  const share = (event: SubmitEvent) => {
    event.preventDefault();
    if (pass().length < PASSPHRASE_MIN_LENGTH) {
      setMessage(fillTemplate(safety().passphraseShort, { n: PASSPHRASE_MIN_LENGTH }));
      return;
    }
    const children = props.family.plan().children;
    if (children.length > 0 && !children.some((child) => chosen().includes(child.id))) {
      setMessage(t().chooseSomeone);
      return;
    }
    void working(async () => {
      await props.family.flush();
      const plan = whole() ? props.family.plan() : selectChildren(props.family.plan(), chosen());
      const text = await exportSealedFile(plan, pass(), new Date());
      const file = new File([text], FILE_NAME, { type: 'application/json' });
      setPass('');
      if (navigator.canShare?.({ files: [file] })) {
        try {
          await navigator.share({ files: [file], title: t().heading });
          setMessage(t().sent);
          return;
        } catch (error) {
          // Closing the share sheet is a choice, not a failure: nothing else happens.
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      download(FILE_NAME, 'application/json', text);
      setMessage(t().downloaded);
    });
  };

  const problem = (code: ImportProblem) => setMessage(safety().problems[code]);
  const chooseFile = async (file: File | undefined) => {
    setMessage('');
    setIncoming(undefined);
    setSealedFile(undefined);
    if (!file) return;
    const result = await props.family.readImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
    if (result.kind === 'problem') problem(result.problem);
    else if (result.kind === 'needs-passphrase') setSealedFile(result.sealed);
    else setIncoming(result.plan);
  };
  const openSealed = (event: SubmitEvent) => {
    event.preventDefault();
    const sealed = sealedFile();
    if (!sealed) return;
    void working(async () => {
      const result = await props.family.openSealedImport(sealed, filePass());
      if (result.kind === 'problem') problem(result.problem);
      else if (result.kind === 'plan') {
        setSealedFile(undefined);
        setFilePass('');
        setIncoming(result.plan);
      }
    });
  };

  const merge = createMemo(() => {
    const plan = incoming();
    return plan ? mergePlans(props.family.plan(), plan, new Date()) : undefined;
  });
  const mergeable = () => {
    const result = merge();
    return result?.ok && !nothingChanged(result.summary) ? result : undefined;
  };
  const previewText = () => {
    const result = merge();
    if (!result) return '';
    if (!result.ok) return result.reason === 'too-large' ? t().tooLarge : t().invalid;
    return nothingChanged(result.summary) ? t().nothingNew : describe(result.summary);
  };
  const describe = (summary: MergeSummary) =>
    fillTemplate(t().previewMerge, {
      newChildren: summary.newChildren.length > 0 ? summary.newChildren.join(', ') : t().noNewChildren,
      children: summary.children.added + summary.children.updated,
      talks: summary.talks.added + summary.talks.updated,
      agreements: summary.agreements.added + summary.agreements.updated,
      adults: summary.trustedAdults.added + summary.trustedAdults.updated,
      checkIns: summary.checkIns.added + summary.checkIns.updated,
    });
  const commit = (plan: Plan, done: string) =>
    void working(async () => {
      await props.family.confirmImport(plan);
      setIncoming(undefined);
      setMessage(done);
    });

  return (
    <section class="plan-section" aria-labelledby="plan-share">
      <h2 id="plan-share">{t().heading}</h2>
      <p>{t().intro}</p>
      <p class="planner-message" role="status">
        {message()}
      </p>
      <form class="plan-add plan-share" onSubmit={share} aria-label={t().send}>
        <Show when={props.family.plan().children.length > 1}>
          <fieldset class="plan-fieldset">
            <legend>{t().which}</legend>
            <For each={props.family.plan().children}>
              {(child) => (
                <label class="plan-check">
                  <input
                    type="checkbox"
                    checked={chosen().includes(child.id)}
                    onChange={(event) => toggle(child.id, event.currentTarget.checked)}
                  />
                  {child.nickname}
                </label>
              )}
            </For>
            <Show when={whole()}>
              <p class="plan-hint">{t().whole}</p>
            </Show>
          </fieldset>
        </Show>
        <label>
          {fillTemplate(t().passphrase, { n: PASSPHRASE_MIN_LENGTH })}
          <input
            type="password"
            autocomplete="new-password"
            aria-describedby="share-passphrase-hint"
            value={pass()}
            onInput={(event) => setPass(event.currentTarget.value)}
          />
        </label>
        <p id="share-passphrase-hint" class="plan-hint">
          {t().passphraseHint}
        </p>
        <button type="submit" class="button" disabled={busy()}>
          {t().send}
        </button>
      </form>

      <h3>{t().receiveHeading}</h3>
      <p>{t().receiveIntro}</p>
      <label class="plan-file">
        {t().chooseFile}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
        />
      </label>
      <Show when={sealedFile()}>
        <form class="plan-add" onSubmit={openSealed}>
          <label>
            {safety().filePassphrase}
            <input
              type="password"
              autocomplete="off"
              value={filePass()}
              onInput={(event) => setFilePass(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button" disabled={busy()}>
            {safety().open}
          </button>
        </form>
      </Show>
      <Show when={incoming()}>
        {(plan) => (
          <div class="callout plan-share-preview">
            <p>{previewText()}</p>
            <p class="plan-buttons">
              <Show when={mergeable()}>
                {(ok) => (
                  <button
                    type="button"
                    class="button"
                    disabled={busy()}
                    onClick={() => commit(ok().plan, fillTemplate(t().merged, { summary: describe(ok().summary) }))}
                  >
                    {t().merge}
                  </button>
                )}
              </Show>
              <button
                type="button"
                class="button button--quiet"
                disabled={busy()}
                onClick={() => commit(plan(), safety().imported)}
              >
                {t().replace}
              </button>
              <button type="button" class="button button--quiet" onClick={() => setIncoming(undefined)}>
                {safety().cancel}
              </button>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
