/**
 * Staff login shared by the moderator and secretariat pages.
 * Expects #login-view with #login-form (#login-name, #login-password, #login-error),
 * #app-view, #whoami and #logout-button in the page.
 */
import { apiGet, apiPost } from './api.js';
import { byId, setText, show } from './dom.js';
import { errorText } from './errors.js';
import { onLanguageChange, t } from './i18n.js';

/**
 * Show the app once someone is logged in (now or by an existing cookie).
 * @param {{onLogin: (me: {name: string, role: string}) => void, onLogout?: () => void}} hooks
 */
export async function initStaffAuth({ onLogin, onLogout }) {
  const form = byId('login-form');
  const errorBox = byId('login-error');
  let me = null;

  const renderWho = () => {
    if (me) setText(byId('whoami'), t('staff.signed_in_as', { name: me.name, role: t(`staff.role.${me.role}`) }));
  };
  onLanguageChange(renderWho);

  const enter = (who) => {
    me = who;
    renderWho();
    byId('whoami').dataset.name = who.name;
    show(byId('login-view'), false);
    show(byId('app-view'), true);
    show(byId('logout-button'), true);
    onLogin(who);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = byId('login-name').value.trim();
    const password = byId('login-password').value;
    if (!name || !password) {
      setText(errorBox, t('staff.login.missing'));
      errorBox.focus();
      return;
    }
    try {
      const who = await apiPost('/api/login', { name, password });
      byId('login-password').value = '';
      setText(errorBox, '');
      enter(who);
    } catch (error) {
      setText(errorBox, errorText(error));
      errorBox.focus();
    }
  });

  byId('logout-button').addEventListener('click', async () => {
    try {
      await apiPost('/api/logout', {});
    } catch {
      /* the cookie may already be gone */
    }
    me = null;
    show(byId('app-view'), false);
    show(byId('login-view'), true);
    show(byId('logout-button'), false);
    setText(byId('whoami'), '');
    if (onLogout) onLogout();
    byId('login-name').focus();
  });

  try {
    enter(await apiGet('/api/me'));
  } catch {
    show(byId('login-view'), true);
    show(byId('app-view'), false);
    show(byId('logout-button'), false);
  }
  return () => me;
}
