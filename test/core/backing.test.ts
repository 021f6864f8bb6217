import assert from 'node:assert/strict'
import {hollow} from './helpers.ts'

describe('backing: a commitment backs only the promise it keeps', () => {
  it('a deadline on a quote does not back a satisfaction claim, but backs availability', () => {
    assert.deepEqual(hollow('Votre entière satisfaction est notre priorité. Demandez votre devis, envoyé sous 24 h.', 'fr').length, 1)
    assert.deepEqual(hollow('Notre équipe reste à votre écoute. Demandez votre devis gratuit, envoyé sous 24 h.', 'fr'), [])
    assert.deepEqual(hollow('Your complete satisfaction is our goal. Ask for a quote, sent within 24 hours.', 'en').length, 1)
    assert.deepEqual(hollow('Your complete satisfaction is our goal: refunds within 30 days, no questions asked.', 'en'), [])
  })

  it('the price of an offer backs no claim; a compensation does', () => {
    assert.deepEqual(hollow('We put our customers first. Prices start from $49.', 'en').length, 1)
    assert.deepEqual(hollow('Nous plaçons nos clients au centre. Formules à partir de 49 €.', 'fr').length, 1)
    assert.deepEqual(hollow('We put our customers first: a late delivery earns you a $15 credit.', 'en'), [])
  })

  it('something free does not make a team reachable', () => {
    assert.deepEqual(hollow('Une équipe joignable et disponible. Premier diagnostic gratuit.', 'fr').length, 1)
    assert.deepEqual(hollow('Une équipe joignable et disponible, du lundi au samedi de 8 h à 19 h.', 'fr'), [])
  })

  it('a deadline the customer must meet backs nothing; one the company keeps does', () => {
    assert.deepEqual(hollow('We are always here to help. Just let us know within 48 hours of delivery.', 'en').length, 1)
    assert.deepEqual(hollow('We are always here to help. We call you back within 2 hours.', 'en'), [])
    assert.deepEqual(hollow('Nous restons à votre écoute. Merci de nous prévenir sous 48 h.', 'fr').length, 1)
    assert.deepEqual(hollow('Nous restons à votre écoute. Nous vous rappelons sous 48 h.', 'fr'), [])
  })

  it('the sentence just before, in the same paragraph, backs a claim; one in the paragraph before does not', () => {
    assert.deepEqual(hollow('Notre standard répond 24 h/24 et 7 j/7. Nous intervenons dans les meilleurs délais.', 'fr'), [])
    assert.deepEqual(hollow('Notre standard répond 24 h/24 et 7 j/7.\n\nNous intervenons dans les meilleurs délais.', 'fr').length, 1)
    assert.deepEqual(hollow('Our phone line is open 24/7. We always respond promptly.', 'en'), [])
    assert.deepEqual(hollow('Our phone line is open 24/7.\n\nWe always respond promptly.', 'en').length, 1)
    // The kind still has to fit: a fast quote does not keep a satisfaction promise.
    assert.deepEqual(hollow('Demandez votre devis, envoyé sous 24 h. Votre entière satisfaction est notre priorité.', 'fr').length, 1)
  })

  it('a channel alone backs nothing; with its hours, the claim is backed', () => {
    assert.deepEqual(hollow('Notre équipe reste à votre écoute au 01 23 45 67 89.', 'fr').length, 1)
    assert.deepEqual(hollow('Notre équipe reste à votre écoute au 01 23 45 67 89, du lundi au vendredi de 9 h à 18 h.', 'fr'), [])
    assert.deepEqual(hollow('Our friendly team is always here to help: write to help@example.com.', 'en').length, 1)
    assert.deepEqual(hollow('Our friendly team is always here to help: call 020 7946 0000, Monday to Friday, 9 am to 5 pm.', 'en'), [])
  })
})
