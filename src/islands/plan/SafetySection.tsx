import { createSignal, Show } from 'solid-js';
import type { Sealed } from '../../domain/plan-crypto';
import { describePlan, MAX_IMPORT_BYTES, type ImportProblem } from '../../domain/plan-file';
import { PASSPHRASE_MIN_LENGTH, type Plan } from '../../domain/plan-schema';
import { fillTemplate } from '../../domain/text';
import { download } from './download';
import type { SectionProps } from './types';

export default function SafetySection(props: SectionProps) {
  const t = () => props.text.safety;
  const [message, setMessage] = createSignal('');
  const [pass, setPass] = createSignal('');
  const [passAgain, setPassAgain] = createSignal('');
  const [exportPass, setExportPass] = createSignal('');
  const [sealedFile, setSealedFile] = createSignal<Sealed>();
  const [filePass, setFilePass] = createSignal('');
  const [incoming, setIncoming] = createSignal<Plan>();
  const [confirmingDelete, setConfirmingDelete] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const problem = (code: ImportProblem) => setMessage(t().problems[code]);
  const working = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const savePassphrase = (event: SubmitEvent) => {
    event.preventDefault();
    if (pass().length < PASSPHRASE_MIN_LENGTH) {
      setMessage(fillTemplate(t().passphraseShort, { n: PASSPHRASE_MIN_LENGTH }));
      return;
    }
    if (pass() !== passAgain()) {
      setMessage(t().passphraseMismatch);
      return;
    }
    void working(async () => {
      try {
        await props.family.setPassphrase(pass());
      } catch {
        setMessage(t().passphraseFailed);
        return;
      }
      setPass('');
      setPassAgain('');
      setMessage(t().passphraseSet);
    });
  };

  const exportCopy = (event: SubmitEvent) => {
    event.preventDefault();
    void working(async () => {
      const text = await props.family.exportFile(exportPass() || undefined);
      const day = new Date().toISOString().slice(0, 10);
      download(`open-door-plan-${day}.json`, 'application/json', text);
      setExportPass('');
    });
  };

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

  const summary = () => {
    const plan = incoming();
    if (!plan) return '';
    const next = describePlan(plan);
    const current = describePlan(props.family.plan());
    return fillTemplate(t().importSummary, {
      children: next.children,
      talks: next.talks,
      agreements: next.agreements,
      adults: next.trustedAdults,
      checkIns: next.checkIns,
      currentChildren: current.children,
      currentTalks: current.talks,
    });
  };

  return (
    <section class="plan-section" aria-labelledby="plan-safety">
      <h2 id="plan-safety">{t().heading}</h2>
      <p class="plan-message" role="status">
        {message()}
      </p>

      <h3>{t().lockHeading}</h3>
      <p>{t().lockIntro}</p>
      <form class="plan-add" onSubmit={savePassphrase}>
        <label>
          {t().passphrase}
          <input
            type="password"
            autocomplete="new-password"
            value={pass()}
            onInput={(event) => setPass(event.currentTarget.value)}
          />
        </label>
        <label>
          {t().confirmPassphrase}
          <input
            type="password"
            autocomplete="new-password"
            value={passAgain()}
            onInput={(event) => setPassAgain(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={busy()}>
          {props.family.hasPassphrase() ? t().changePassphrase : t().setPassphrase}
        </button>
      </form>
      <Show when={props.family.hasPassphrase()}>
        <p class="plan-buttons">
          <button type="button" class="button button--quiet" onClick={() => props.family.lock()}>
            {t().lockNow}
          </button>
          <button
            type="button"
            class="button button--quiet"
            disabled={busy()}
            onClick={() =>
              void working(async () => {
                try {
                  await props.family.removePassphrase();
                  setMessage(t().passphraseRemoved);
                } catch {
                  setMessage(t().passphraseFailed);
                }
              })
            }
          >
            {t().removePassphrase}
          </button>
        </p>
      </Show>

      <h3>{t().exportHeading}</h3>
      <p>{t().exportIntro}</p>
      <form class="plan-add" onSubmit={exportCopy}>
        <label>
          {t().exportPassphrase}
          <input
            type="password"
            autocomplete="new-password"
            value={exportPass()}
            onInput={(event) => setExportPass(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={busy()}>
          {t().export}
        </button>
      </form>

      <h3>{t().importHeading}</h3>
      <p>{t().importIntro}</p>
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
            {t().filePassphrase}
            <input
              type="password"
              autocomplete="off"
              value={filePass()}
              onInput={(event) => setFilePass(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button" disabled={busy()}>
            {t().open}
          </button>
        </form>
      </Show>
      <Show when={incoming()}>
        {(plan) => (
          <div class="callout">
            <p>{summary()}</p>
            <p class="plan-buttons">
              <button
                type="button"
                class="button"
                disabled={busy()}
                onClick={() =>
                  void working(async () => {
                    try {
                      await props.family.confirmImport(plan());
                      setMessage(t().imported);
                    } catch {
                      setMessage(t().importFailed);
                    }
                    setIncoming(undefined);
                  })
                }
              >
                {t().confirmImport}
              </button>
              <button type="button" class="button button--quiet" onClick={() => setIncoming(undefined)}>
                {t().cancel}
              </button>
            </p>
          </div>
        )}
      </Show>

      <h3>{t().printHeading}</h3>
      <p>
        <button type="button" class="button button--quiet" onClick={() => window.print()}>
          {t().print}
        </button>
      </p>

      <h3>{t().deleteHeading}</h3>
      <p>{t().deleteIntro}</p>
      <Show
        when={confirmingDelete()}
        fallback={
          <button type="button" class="button button--quiet" onClick={() => setConfirmingDelete(true)}>
            {t().delete}
          </button>
        }
      >
        <div class="callout" role="alertdialog" aria-labelledby="delete-question">
          <p id="delete-question">{t().deleteAreYouSure}</p>
          <p class="plan-buttons">
            <button type="button" class="button" onClick={() => void props.family.deleteAll()}>
              {t().deleteConfirm}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirmingDelete(false)}>
              {t().cancel}
            </button>
          </p>
        </div>
      </Show>
    </section>
  );
}
