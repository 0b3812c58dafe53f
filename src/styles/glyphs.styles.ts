import { css } from 'lit';

/**
 * The wallets' hues for the glyph tiles of both elements (`glyphFor` draws the tile with
 * `currentColor` under a white symbol): `--g` per known method on the element that carries its
 * `data-id`, and the forced-colors fallback (the tile in the system text color, the symbol in the
 * background's). Each element sets `color: var(--g, …)` where it shows a glyph.
 * @internal
 */
export const glyphHueStyles = css`
  [data-id='alipay'] {
    --g: #1677ff;
  }
  [data-id='wechat-pay'] {
    --g: #07a152;
  }
  [data-id='unionpay'] {
    --g: #00827a;
  }
  [data-id='jd-pay'] {
    --g: #e1251b;
  }
  [data-id='ecny'] {
    --g: #b8232f;
  }
  [data-id='bestpay'] {
    --g: #e0590b;
  }
  [data-id='hebao'] {
    --g: #0a84c0;
  }
  [data-id='paypal'] {
    --g: #1d4f91;
  }
  [data-id='apple-pay'],
  [data-id='google-pay'] {
    --g: light-dark(#1b1f24, #4a515c);
  }
  [data-id='card'] {
    --g: light-dark(#475467, #56606f);
  }
  @media (forced-colors: active) {
    svg g {
      fill: Canvas;
      stroke: Canvas;
    }
  }
`;
