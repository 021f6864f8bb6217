/** The register's UI strings in the UI language. */
import * as vscode from 'vscode'
import type {RegisterStrings} from './html.ts'

export function registerStrings(): RegisterStrings {
  return {
    heading: vscode.l10n.t('Commitments register'),
    commitments: vscode.l10n.t('Commitments'),
    conflicts: vscode.l10n.t('In conflict'),
    undercut: vscode.l10n.t('Undercut by a disclaimer'),
    kind: vscode.l10n.t('Kind'),
    value: vscode.l10n.t('Value'),
    where: vscode.l10n.t('Where'),
    words: vscode.l10n.t('Words'),
    contradicts: vscode.l10n.t('Contradicts'),
    undercutBy: vscode.l10n.t('Taken back by'),
    empty: vscode.l10n.t('No commitment found in the workspace.'),
    cancelled: vscode.l10n.t('The reading was stopped before the end: this register covers the files read.'),
    names: {
      response: vscode.l10n.t('Response'),
      callback: vscode.l10n.t('Callback'),
      delivery: vscode.l10n.t('Delivery'),
      intervention: vscode.l10n.t('Intervention'),
      repair: vscode.l10n.t('Repair'),
      refund: vscode.l10n.t('Refund'),
      return: vscode.l10n.t('Return'),
      guarantee: vscode.l10n.t('Guarantee'),
      quote: vscode.l10n.t('Quote'),
      opening: vscode.l10n.t('Opening'),
      shop: vscode.l10n.t('Shop'),
      office: vscode.l10n.t('Office'),
      workshop: vscode.l10n.t('Workshop'),
      phone: vscode.l10n.t('Phone'),
      chat: vscode.l10n.t('Chat'),
      satisfaction: vscode.l10n.t('Satisfaction'),
      general: vscode.l10n.t('No subject named'),
      delay: vscode.l10n.t('Time'),
      schedule: vscode.l10n.t('Hours'),
      price: vscode.l10n.t('Price'),
      measure: vscode.l10n.t('Measure'),
      channel: vscode.l10n.t('Channel'),
      policy: vscode.l10n.t('Policy'),
      other: vscode.l10n.t('Other')
    }
  }
}
