/** The review's UI strings in the UI language. */
import * as vscode from 'vscode'
import type {HtmlStrings} from './html.ts'
import type {SummaryStrings} from './summary.ts'

export function reviewStrings(): HtmlStrings {
  return {
    heading: vscode.l10n.t('Promesse review'),
    commitmentList: vscode.l10n.t('Commitments of this page'),
    disputed: vscode.l10n.t('contradicted elsewhere'),
    claims: vscode.l10n.t('Claims'),
    backed: vscode.l10n.t('Backed'),
    hollow: vscode.l10n.t('Hollow'),
    silenced: vscode.l10n.t('Silenced'),
    commitments: vscode.l10n.t('Commitments'),
    sayDo: vscode.l10n.t('Say/do ratio'),
    sayDoHelp: vscode.l10n.t('Claims per checkable commitment: at 1 or below, the page commits as much as it claims.'),
    locale: vscode.env.language,
    noSection: vscode.l10n.t('(before the first heading)'),
    noFinding: vscode.l10n.t('No hollow claim found.'),
    line: vscode.l10n.t('Line'),
    rewrites: vscode.l10n.t('Rewrite:'),
    export: vscode.l10n.t('Export as Markdown'),
    apply: vscode.l10n.t('Apply'),
    show: vscode.l10n.t('Show:'),
    otherRules: vscode.l10n.t('Other findings'),
    setAside: vscode.l10n.t('Other claims: backed, quoted or silenced'),
    mention: vscode.l10n.t('Quoted or discussed (set aside)'),
    backedBy: vscode.l10n.t('by')
  }
}

export function summaryStrings(): SummaryStrings {
  return {
    heading: vscode.l10n.t('Promesse review of the workspace'),
    files: vscode.l10n.t('Files'),
    claims: vscode.l10n.t('Claims'),
    hollow: vscode.l10n.t('Hollow'),
    folder: vscode.l10n.t('Folder'),
    file: vscode.l10n.t('File'),
    cancelled: vscode.l10n.t('The review was stopped before the end: these figures cover the files reviewed.')
  }
}
