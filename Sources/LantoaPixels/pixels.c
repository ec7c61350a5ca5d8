// Compiled with optimisation even in debug builds (Package.swift): a 1920 × 1080 picture is
// eight million bytes to convert and filter four ways, and the tests draw many.
#include "LantoaPixels.h"
#include <stdlib.h>
#include <string.h>

int lantoa_argb_opaque(const uint8_t *argb, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint8_t *row = argb + (size_t)y * stride;
        // Every alpha byte ANDed together: 255 only when all are (no branch per pixel).
        uint8_t all = 255;
        for (int x = 0; x < width; x++) all &= row[x * 4 + 3];
        if (all != 255) return 0;
    }
    return 1;
}

static uint8_t straight(uint8_t c, int alpha) {
    int v = (c * 255 + alpha / 2) / alpha;
    return (uint8_t)(v > 255 ? 255 : v);
}

/// Cairo's row (premultiplied BGRA in memory) as PNG's bytes: RGB, or RGBA unpremultiplied.
static void convert(const uint8_t *pixels, int width, int bpp, uint8_t *current) {
    if (bpp == 3) {
        for (int x = 0; x < width; x++) {
            current[x * 3] = pixels[x * 4 + 2]; current[x * 3 + 1] = pixels[x * 4 + 1]; current[x * 3 + 2] = pixels[x * 4];
        }
        return;
    }
    for (int x = 0; x < width; x++) {
        uint8_t b = pixels[x * 4], g = pixels[x * 4 + 1], r = pixels[x * 4 + 2], a = pixels[x * 4 + 3];
        uint8_t *o = current + x * 4;
        if (a == 255) {
            // (c * 255 + 127) / 255 is c: no division for the opaque pixels of a picture with transparent ones.
            o[0] = r; o[1] = g; o[2] = b; o[3] = 255;
        } else if (a == 0) {
            memset(o, 0, 4);
        } else {
            o[0] = straight(r, a); o[1] = straight(g, a); o[2] = straight(b, a); o[3] = a;
        }
    }
}

/// Paeth's predictor without branches: p = left + up - corner, and whichever of the three is
/// nearest p, ties to left, then up (|p - left| is |up - corner|, and so on).
static inline uint8_t paeth(int a, int b, int c) {
    int pa = abs(b - c), pb = abs(a - c), pc = abs(a + b - 2 * c);
    int nearer = pb <= pc ? b : c;
    return (uint8_t)(pa <= pb && pa <= pc ? a : nearer);
}

static inline uint32_t magnitude(uint8_t v) { return (uint32_t)abs((int8_t)v); }

int lantoa_png_scanlines(const uint8_t *argb, int width, int height, int stride, int bpp, uint8_t *out) {
    size_t length = (size_t)width * bpp;
    uint8_t *previous = calloc(length, 1), *current = malloc(length);
    if (!previous || !current) { free(previous); free(current); return -1; }
    static const uint8_t types[4] = {0, 1, 2, 4};
    size_t lead = length < (size_t)bpp ? length : (size_t)bpp;
    for (int y = 0; y < height; y++) {
        convert(argb + (size_t)y * stride, width, bpp, current);
        // What each filter's bytes sum to, read as signed, in one pass that writes nothing; the
        // first pixel has no left neighbour (nor corner), so the loop after it has no branch.
        uint32_t none = 0, sub = 0, up = 0, pae = 0;
        for (size_t i = 0; i < lead; i++) {
            uint8_t v = current[i], u = previous[i];
            none += magnitude(v); sub += magnitude(v); up += magnitude((uint8_t)(v - u)); pae += magnitude((uint8_t)(v - paeth(0, u, 0)));
        }
        for (size_t i = lead; i < length; i++) {
            uint8_t v = current[i], l = current[i - bpp], u = previous[i], c = previous[i - bpp];
            none += magnitude(v);
            sub += magnitude((uint8_t)(v - l));
            up += magnitude((uint8_t)(v - u));
            pae += magnitude((uint8_t)(v - paeth(l, u, c)));
        }
        uint32_t sums[4] = {none, sub, up, pae};
        int best = 0;
        for (int k = 1; k < 4; k++) if (sums[k] < sums[best]) best = k;
        uint8_t *line = out + (size_t)y * (length + 1);
        line[0] = types[best];
        uint8_t *row = line + 1;
        // Then the chosen filter's bytes, straight into the output.
        switch (best) {
        case 0:
            memcpy(row, current, length);
            break;
        case 1:
            for (size_t i = 0; i < lead; i++) row[i] = current[i];
            for (size_t i = lead; i < length; i++) row[i] = (uint8_t)(current[i] - current[i - bpp]);
            break;
        case 2:
            for (size_t i = 0; i < length; i++) row[i] = (uint8_t)(current[i] - previous[i]);
            break;
        default:
            for (size_t i = 0; i < lead; i++) row[i] = (uint8_t)(current[i] - paeth(0, previous[i], 0));
            for (size_t i = lead; i < length; i++) row[i] = (uint8_t)(current[i] - paeth(current[i - bpp], previous[i], previous[i - bpp]));
        }
        uint8_t *swap = previous; previous = current; current = swap;
    }
    free(previous); free(current);
    return 0;
}
