/** Command ids, as declared in package.json `contributes.commands`. */
export const commandIds = {
  reviewDocument: 'promesse.reviewDocument',
  reviewWorkspace: 'promesse.reviewWorkspace',
  showRegister: 'promesse.showRegister',
  toggle: 'promesse.toggle',
  exportReview: 'promesse.exportReview',
  allowPhrase: 'promesse.allowPhrase',
  disableRule: 'promesse.disableRule',
  ignoreSentence: 'promesse.ignoreSentence',
  openRuleDocs: 'promesse.openRuleDocs',
  undoSettingChange: 'promesse.undoSettingChange',
  showAllowed: 'promesse.showAllowed',
  removeAllowed: 'promesse.removeAllowed'
} as const
