/** Something whose language may come from an ancestor's `lang`, in `ownerDocument`. */
export interface LangFollower {
  readonly ownerDocument: Document;
  ancestorLangChanged(): void;
}

const followers = new Set<LangFollower>();
const watchedDocuments = new WeakSet<Document>();
let observer: MutationObserver | undefined;

function tellFollowers(): void {
  for (const follower of followers) follower.ancestorLangChanged();
}

/**
 * Connected elements follow changes of `lang` anywhere in their document, such as a site's
 * language switch on <html>: one observer for the page, told only of `lang` attributes.
 */
export function followAncestorLang(follower: LangFollower, following: boolean): void {
  if (!following) {
    followers.delete(follower);
    return;
  }
  followers.add(follower);
  const document = follower.ownerDocument;
  if (watchedDocuments.has(document)) return;
  watchedDocuments.add(document);
  observer ??= new MutationObserver(tellFollowers);
  observer.observe(document, { subtree: true, attributeFilter: ['lang'] });
}
