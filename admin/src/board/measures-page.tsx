import { Page } from '../components/page.tsx';

/** Placeholder while the page is built (issue 5). */
export default function Placeholder() {
  return <Page title="Coming soon" />;
}
