import { render } from 'preact';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './admin.css';
import { App } from './app.tsx';

// govuk-frontend styles some components differently once its JS is known to run; we use none
// of its JS, but the class also marks that our own enhancements are active.
document.body.classList.add('govuk-frontend-supported', 'js-enabled');
const root = document.getElementById('heard-admin');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
