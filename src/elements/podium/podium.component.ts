import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { displayWidth, graphemes, graphemeWidth, type BenchmarkRanking, type Feed, type Hub, type RankedRow } from '../../core/index.js';
import { RankingController } from '../../controllers/ranking-controller.js';
import { cssProps } from '../../internal/css-props.js';
import { FmElement } from '../../internal/fm-element.js';
import { withPart } from '../../i18n/element-messages.js';
import type { Messages } from '../../i18n/messages.js';
import { enSections, type SectionMessages } from '../../i18n/section-messages.js';
import { renderStatus, statusStyles } from '../../internal/status.js';
import { podiumText } from '../../render/podium-text.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './podium.styles.js';

/**
 * The top three of a benchmark as box-drawing text art, measured so that the steps line up
 * whatever the names (CJK, emoji, combining marks). The art is real text in a `<pre>` that can be
 * selected and copied (the Copy button gives the exact text); screen readers get a plain list.
 *
 * @summary The podium of a benchmark, as text art.
 * @tagname fm-podium
 * @slot - The page's static copy of the element (`fm-leaderboard render`, for readers without JavaScript), shown in place of "Loading…" until the live view is ready.
 * @csspart base - The figure.
 * @csspart art - The <pre> with the art.
 * @csspart copy - The Copy button.
 * @csspart status - The loading, empty and error messages.
 * @cssprop [--fm-podium-font-size=0.9rem] - Font size of the art.
 */
export class FmPodium extends FmElement {
  static override styles = [tokens, shared, statusStyles, styles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    hub: { attribute: false },
    ranking: { attribute: false },
    benchmark: { reflect: true },
    maxNameWidth: { type: Number, attribute: 'max-name-width' },
    theme: { reflect: true },
    copyMessage: { state: true, attribute: false },
  };

  private readonly rankings = new RankingController(this);

  /** URL of a feed to fetch, validate and rank. */
  src?: string;

  /** A feed object (wins over `src`). */
  feed?: Feed;

  /** An indexed feed from the core's `buildHub` (wins over `feed`). */
  hub?: Hub;

  /** A ranking from the core's `rankBenchmark` (wins over every source above). */
  ranking?: BenchmarkRanking;

  /** The id of the benchmark; the feed's first when not set. */
  benchmark?: string;

  /** Names wider than this many columns are shortened with "…" (the full name stays in the list and title). */
  maxNameWidth = 18;

  /** `light` or `dark`; `auto` or not set: the site's own light/dark mode where it marks one (Docusaurus, Starlight, MkDocs Material, VitePress), else the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  private copyMessage = '';

  /** The labels in the reader's language (the nearest `lang`). */
  private t: Messages & SectionMessages = withPart(this, enSections, (zh) => zh.zhCNSections).t;

  private art = '';
  private shown: RankedRow[] = [];
  private places: string[] = [];
  /** Places the data cannot tell from the leader, in words; null when none (or no errors). */
  private tie: string | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has('src') || changed.has('feed') || changed.has('hub');
    if (!this.ranking) this.rankings.update({ src: this.src, feed: this.feed, hub: this.hub }, sourceChanged, this.benchmark);
    const ranking = this.currentRanking;
    const { lang, t } = withPart(this, enSections, (zh) => zh.zhCNSections);
    this.t = t;
    const podium = ranking ? podiumText(ranking, lang, this.t, this.maxNameWidth) : null;
    this.shown = podium?.rows ?? [];
    this.art = podium?.art ?? '';
    this.places = podium?.places ?? [];
    this.tie = podium?.tie ?? null;
  }

  /** The ranking drawn: the `ranking` property, or the one computed from the feed. */
  get currentRanking(): BenchmarkRanking | null {
    return this.ranking ?? this.rankings.ranking;
  }

  /** The podium as plain text (what Copy puts on the clipboard). */
  get text(): string {
    return this.art;
  }

  override render(): TemplateResult {
    const ranking = this.currentRanking;
    const t = this.t;
    if (!ranking) {
      const state = this.rankings.state;
      if (state.status !== 'ready') return renderStatus(state, t);
      return renderStatus({ status: 'error', title: t.unknownBenchmark, details: [this.rankings.missingMessage(this.benchmark, t)] }, t);
    }
    if (this.shown.length === 0) {
      return renderStatus({ status: 'empty', title: t.noPodium(ranking.benchmark.name) }, t);
    }
    const more = ranking.rows.filter((r) => r.rank <= 3).length - this.shown.length;
    const label = t.podiumOf(ranking.benchmark.name);
    const columns = Math.max(...this.art.split('\n').map(displayWidth));
    // The art scales down to fit a narrow box (its columns in --_fm-art-columns); past that it
    // scrolls, with the mouse only: it is decoration (aria-hidden), and the list below says it all.
    return html`<figure part="base" aria-label=${label}>
      <pre
        part="art"
        aria-hidden="true"
        tabindex="-1"
        ${cssProps({ '--_fm-art-columns': String(columns) })}
        title=${this.shown.map((r) => `${t.ordinal(r.rank)}: ${r.model.name}`).join('\n')}
      >${this.renderArt()}</pre>
      <ul class="visually-hidden">
        ${this.places.map((place) => html`<li>${place}</li>`)}
      </ul>
      <figcaption class="actions">
        ${this.tie ? html`<span class="note tie">${this.tie}</span>` : nothing}
        ${more > 0 ? html`<span class="note">${t.moreTied(String(more))}</span>` : nothing}
        <button part="copy" type="button" @click=${this.handleCopy}>${t.copy}<span class="visually-hidden">${t.copyWhat}</span></button>
        <span role="status" class="note">${this.copyMessage}</span>
      </figcaption>
    </figure>`;
  }

  /**
   * One-column graphemes (ASCII, box drawing, accented letters) as plain text, which the
   * monospace font draws at 1ch; wide ones (CJK, emoji, often from a fallback font) and
   * zero-width ones in spans exactly as wide as their columns.
   */
  private renderArt(): Array<TemplateResult | string> {
    const out: Array<TemplateResult | string> = [];
    let run = '';
    for (const cluster of graphemes(this.art)) {
      if (cluster === '\n' || graphemeWidth(cluster) === 1) {
        run += cluster;
        continue;
      }
      if (run) out.push(run);
      run = '';
      out.push(html`<span class=${`g w${graphemeWidth(cluster)}`}>${cluster}</span>`);
    }
    if (run) out.push(run);
    return out;
  }

  private async handleCopy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.art);
      this.copyMessage = this.t.copied;
    } catch {
      this.copyMessage = this.t.copyRefused;
    }
  }
}
