// DOM helpers for the workbench page: the sidebar's own (text only, never innerHTML).
export { byId, childrenReplace, columnLetters, el } from '../../../../sidebar/dom';
