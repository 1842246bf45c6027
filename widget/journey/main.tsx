import { render } from 'preact';
import './journey.css';

function App() {
  return <h1>Tell us about your safeguarding support</h1>;
}

const root = document.getElementById('heard-journey');
if (root) render(<App />, root);
