import { useEffect } from 'react';

/** `title · appName` as the document title while the calling screen is shown. */
export function useDocumentTitle(title: string, appName: string) {
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
}
