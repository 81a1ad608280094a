/**
 * Offline and updates, on the website (Base.astro loads this after the page has
 * loaded): registers the locale's service worker (scripts/postbuild.mjs makes it
 * with Workbox; it precaches every page of the locale), and when a new build has
 * been installed beside the one in use, says "A new version is ready" with a
 * Reload button. Until the learner reloads, the old worker keeps serving the old
 * build, whole; progress (localStorage) is never touched by either.
 */
export async function startOffline(notice: HTMLElement): Promise<void> {
  const box = notice.querySelector<HTMLElement>('.update-notice__box');
  const button = box?.querySelector('button');
  const url = notice.dataset.sw;
  if (!box || !button || !url) return;
  const container = navigator.serviceWorker;
  let waiting: ServiceWorker | null = null;
  let switching = false;
  const offer = (worker: ServiceWorker | null) => {
    waiting = worker;
    box.hidden = false;
  };
  button.addEventListener('click', () => {
    switching = true;
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  });
  const hadController = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (switching) location.reload();
    // Another tab switched to the new build: this page's files may no longer be cached, so offer the reload here too.
    else if (hadController) offer(null);
  });
  try {
    const registration = await container.register(url, { scope: notice.dataset.scope });
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const installed = () => worker.state === 'installed' && container.controller && offer(worker);
      worker.addEventListener('statechange', installed);
      installed();
    };
    watch(registration.waiting);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  } catch {
    // No service worker (private mode, an unusual host): the site works online as before.
  }
}
