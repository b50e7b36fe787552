// Written by `npm run reserve` (scripts/reserve-room.mjs) from heights measured in Chromium.
import type { ReservedRoom } from '../reserve/reserve-css.js';

export const reservedRoom: ReservedRoom = {
  "her2-article": [
    {
      "from": 0,
      "a": 8.51,
      "b": 6692.8,
      "p": 4.6,
      "r": 2.043
    },
    {
      "from": 34,
      "a": 244.36,
      "b": 6330.2,
      "p": 5.1,
      "r": -8.364
    },
    {
      "from": 49,
      "a": 17.86,
      "b": 5048.6,
      "p": 2.8,
      "r": 2.884
    }
  ],
  "her2-status-explainer": [
    {
      "from": 0,
      "a": 1,
      "b": 1127.9,
      "p": 7.4,
      "r": 1.329
    }
  ],
  "her2-therapy-overview": [
    {
      "from": 0,
      "a": 104.27,
      "b": 4287.5,
      "p": 3.3,
      "r": -0.056
    },
    {
      "from": 31,
      "a": 49.23,
      "b": 2940.7,
      "p": 11.1,
      "r": 2.462
    },
    {
      "from": 46,
      "a": 52.27,
      "b": 7372.8,
      "p": 2.9,
      "r": -1.467
    }
  ],
  "her2-therapy-card[type=\"mab\"]": [
    {
      "from": 0,
      "a": 38.17,
      "b": 1008.2,
      "p": 7.8,
      "r": 0.514
    }
  ],
  "her2-therapy-card[type=\"adc\"]": [
    {
      "from": 0,
      "a": 7.46,
      "b": 1092.9,
      "p": 8.6,
      "r": 1.583
    }
  ],
  "her2-therapy-card[type=\"tki\"]": [
    {
      "from": 0,
      "a": 20.21,
      "b": 696.9,
      "p": 10.1,
      "r": 1.377
    }
  ],
  "treatment-decisions": [
    {
      "from": 0,
      "a": -11.19,
      "b": 536.1,
      "p": 9.6,
      "r": 1.038
    }
  ],
  "biomarker-glossary": [
    {
      "from": 0,
      "a": 25.81,
      "b": 1418.7,
      "p": 7,
      "r": 1.043
    }
  ],
  "source-list": [
    {
      "from": 0,
      "a": -0.72,
      "b": 753.9,
      "p": 9.9,
      "r": 1.145
    }
  ],
  "source-list[collapsed]": [
    {
      "from": 0,
      "a": -1.23,
      "b": 69.2,
      "p": 11.8,
      "r": 0.378
    }
  ],
  "related-reading": [
    {
      "from": 0,
      "a": -18.96,
      "b": 764.1,
      "p": 9.8,
      "r": 1.885
    }
  ]
};
