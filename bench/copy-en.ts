/** English marketing and internal copy, written for the bench and composed from fragments. */
import {capitalize, fill, numbers, type Copy, type SentenceKind} from './copy.ts'
import type {Rng} from './prng.ts'

const slots: Record<string, readonly string[]> = {
  ...numbers,
  percent: numbers.percentEn,
  count: ['3', '5', '12', '17', '40', '120', '250', '1,200'],
  brand: ['Northwind Supply', 'Bluefern', 'Harbor & Vale', 'Quillo', 'Ridgeway Bank', 'Pinecrest Energy', 'Larkspur Labs', 'Tidewell'],
  product: ['the Pro plan', 'the loyalty card', 'the Family bundle', 'our mobile app', 'the Business tier', 'express delivery', 'the customer portal', 'the starter kit', 'fibre broadband', 'the warranty plan'],
  when: ['For {count} years', 'Every single day', 'In every store', 'Now more than ever', 'At {brand}', 'With {product}', 'This year again', 'Across the country'],
  hollowCore: [
    'we put our customers first',
    'the customer is king',
    'your satisfaction is our top priority',
    'customers are at the heart of everything we do',
    'we are a truly customer-centric company',
    'we listen to our customers',
    'our world-class customer service sets us apart',
    'we are customer-obsessed',
    'our team is always here to help',
    'we care about you',
    'we value your business',
    'we deliver a seamless experience',
    'customers come first, always',
    'we are driven by a passion to serve',
    'we delight our customers',
    'our best-in-class support makes the difference',
    'we are always available for you',
    'our culture is customer-focused',
    'the customer is always right',
    'we put the customer at the center of our strategy'
  ],
  hollowTail: ['', '', '', ', on every channel', ': it is in our DNA', ', today and tomorrow', ', whatever you need', ', and that is our promise'],
  commitment: [
    'we answer every request within {hours} hours, Monday to Saturday',
    'every ticket gets a reply in under {hours} business hours',
    'you get a full refund for {days} days, no questions asked',
    'a named account manager follows your case from start to finish',
    'our phone line is open 8 am to 8 pm at +44 20 7946 0{pair}',
    'every complaint gets a tracking number the same day',
    'we publish our first-contact resolution rate every quarter',
    'delivery is free and guaranteed within {hours} hours',
    'returns are free for {days} days',
    'if you write in the morning, we call you back before noon',
    'uptime is {percent}% over the year, and the figure is public',
    'you reach a human in under {count} minutes, 24/7',
    'any outage is fixed within {hours} hours or the month is free'
  ],
  connector: [': ', '; in practice, ', ', which is why ', ' — ', ': for example, '],
  pair: ['12', '23', '34', '45', '56', '67', '78', '89', '90'],
  slogan: ['the customer is king', 'customer first', 'customer obsession', 'we care', 'world-class service', 'customers at the heart', 'le client est roi'],
  mention: [
    'Saying "{slogan}" is no longer enough',
    'Many firms claim to be customer-first without ever proving it',
    'The slogan “{slogan}” reassures nobody anymore',
    'We removed the phrase "{slogan}" from our brochures',
    'Writing “{slogan}” without a deadline is an empty promise',
    'Our competitors call themselves customer-centric, yet their customers wait for weeks',
    'The so-called "{slogan}" culture is in every deck in the industry',
    'Who still believes a banner that says “{slogan}”?',
    'The motto "{slogan}" has had its day',
    'Replacing "{slogan}" with a real deadline changed how customers saw us'
  ],
  vagueSubject: ['we', 'an agent', 'our team', 'the technical team', 'our partner'],
  vague: [
    '{vagueSubject} will handle your request as soon as possible',
    'we will do our best to ship your order quickly',
    'an agent will get back to you shortly',
    'your case will be processed promptly',
    'we strive to answer in a timely manner',
    'we will do everything we can to fix the issue',
    'your parcel will leave as soon as we can',
    'we will be in touch very soon',
    'a solution will be offered at the earliest opportunity'
  ],
  plainSubject: ['the quarterly report', 'the new product line', 'the steering committee', 'the logistics team', 'the IT contractor', 'our Leeds warehouse', 'the spring campaign', 'the FTP client', 'the billing module', 'the ROI of the campaign', 'the annual offsite', 'the brand guide', 'the sales dashboard', 'the purchasing process'],
  plainPredicate: ['will be presented on {date}', 'was approved by the board', 'now lists {count} items', 'must be updated before the migration', 'still needs three months of data', 'is closed on {date}', 'brings together {count} people', 'moves to version {version}', 'is described in appendix {hours}', 'follows the agreed schedule', 'depends on the budget voted in March', 'will be reviewed after the pilot'],
  plainTail: ['', '', '', ' as noted in the previous memo', ' according to the shared plan', ', pending approval'],
  dom: ['1st', '5th', '10th', '15th', '28th'],
  date: ['March 3', 'April 14', 'June 2', 'September 21', 'November 8', 'December 15'],
  plainExtra: [
    'Invoices go out on the {dom} of each month',
    'Visitor parking is on level -1',
    'Please fill in the attendance sheet before Friday',
    'The Thames room is booked for the training',
    'New starters get their badge on day one',
    'Detailed figures are in the attached spreadsheet',
    'Passwords must be at least {count} characters long',
    'King Charles visited the plant in 2019, the guides say'
  ],
  heading: ['Our commitment', 'Customer service', 'Shipping and returns', 'Our values', 'Frequently asked questions', 'Guarantees', 'Contact us', 'Quality charter', 'Onboarding new starters', 'How we work', 'Pricing and options', 'Order tracking', 'Our story', 'Meeting notes'],
  headingTail: ['', '', ' — {product}', ' ({date})', ': what changes', ' for {product}'],
  listIntro: ['What we commit to for {product}:', 'What you can expect from us:', 'Key points:', 'Agenda:', 'In practice:'],
  channel: ['Phone', 'Email', 'Chat', 'Store', 'Mail', 'Messaging'],
  hoursText: ['Monday to Saturday, 8 am – 8 pm', '24/7', 'weekdays, 9 am – 6 pm', 'by appointment', 'Saturday mornings'],
  delay: ['immediate', 'within {hours} h', '{days} days', 'same day', 'within 2 business days'],
  link: ['See [the FAQ](https://example.com/help) for special cases', 'The full terms are [online](https://example.com/terms)', 'Prices are listed in [the {version} rate card](https://example.com/pricing)'],
  title: ['Customer service guide', 'Customer charter', 'Welcome handbook', 'Terms and commitments', 'Support team manual', '{brand} sales brochure']
}

const kinds: Record<SentenceKind, () => string> = {
  plain: () => '{plainSubject} {plainPredicate}{plainTail}.',
  hollow: () => '{when}, {hollowCore}{hollowTail}.',
  backed: () => '{hollowCore}{connector}{commitment}.',
  mention: () => '{mention}.',
  vague: () => '{vague}.',
  commitment: () => '{commitment}.'
}

export const copyEn: Copy = {
  lang: 'en',
  sentence(kind, rng) {
    let template = kinds[kind]()
    if (kind === 'hollow' && rng.chance(0.4)) template = '{hollowCore}{hollowTail}.'
    if (kind === 'plain' && rng.chance(0.3)) template = '{plainExtra}.'
    const text = fill(template, slots, rng)
    return capitalize(text.replace(/\?["”]?\.$/, (match) => match.slice(0, -1)))
  },
  heading: (rng) => capitalize(fill('{heading}{headingTail}', slots, rng)),
  listIntro: (rng) => fill('{listIntro}', slots, rng),
  table(rng) {
    const rows = [['Channel', 'Hours', 'Response time']]
    const count = rng.int(2, 5)
    for (let index = 0; index < count; index++) rows.push([fill('{channel}', slots, rng), fill('{hoursText}', slots, rng), fill('{delay}', slots, rng)])
    return rows
  },
  code(rng) {
    if (rng.chance(0.5)) return {info: 'json', body: fill('{\n  "sla_hours": {hours},\n  "channels": ["phone", "email"],\n  "tagline": "customer first"\n}', slots, rng)}
    return {info: 'text', body: fill('Subject: request #{count}\nStatus: open\nWe put our customers first (old template, do not use)', slots, rng)}
  },
  linkSentence: (rng) => fill('{link}.', slots, rng),
  title: (rng) => fill('{title}', slots, rng),
  typography(text, rng) {
    return rng.chance(0.3) ? text.replace(/’/g, "'") : text
  }
}
