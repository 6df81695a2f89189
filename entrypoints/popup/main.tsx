import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/theme.css';
import '@/components/content.css';
import '@/components/popup/popup.css';

render(<Popup />, document.getElementById('app')!);
