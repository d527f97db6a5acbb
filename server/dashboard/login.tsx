import { useState } from 'preact/hooks';
import { api } from './api.ts';

/** The admin token is the password: printed at the server's first start, or PROMPTWALL_ADMIN_TOKEN. */
export function Login({ onLogin }: { onLogin: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    setError('');
    if (await api.login(password)) onLogin();
    else setError('Wrong password.');
  }
  return (
    <form class="login" onSubmit={submit}>
      <h1>Promptwall</h1>
      <label>
        Admin password
        <input type="password" name="password" autoFocus value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <button type="submit">Log in</button>
      {error && <p class="error" role="alert">{error}</p>}
      <p class="hint">The admin token printed at the server's first start, or PROMPTWALL_ADMIN_TOKEN.</p>
    </form>
  );
}
