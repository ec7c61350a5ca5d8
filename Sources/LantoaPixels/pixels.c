// Compiled with optimisation even in debug builds (Package.swift): a 1920 × 1080 picture is
// eight million bytes to convert and filter four ways, and the tests draw many.
#include "LantoaPixels.h"
#include <stdlib.h>
#include <string.h>

int lantoa_argb_opaque(const uint8_t *argb, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint8_t *row = argb + (size_t)y * stride;
        for (int x = 0; x < width; x++) {
            if (row[x * 4 + 3] != 255) return 0;
        }
    }
    return 1;
}

static uint8_t straight(uint8_t c, int alpha) {
    int v = (c * 255 + alpha / 2) / alpha;
    return (uint8_t)(v > 255 ? 255 : v);
}

static uint8_t paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return (uint8_t)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
}

int lantoa_png_scanlines(const uint8_t *argb, int width, int height, int stride, int bpp, uint8_t *out) {
    size_t length = (size_t)width * bpp;
    uint8_t *previous = calloc(length, 1), *current = malloc(length), *filtered = malloc(4 * length);
    if (!previous || !current || !filtered) { free(previous); free(current); free(filtered); return -1; }
    static const uint8_t types[4] = {0, 1, 2, 4};
    for (int y = 0; y < height; y++) {
        const uint8_t *pixels = argb + (size_t)y * stride;
        for (int x = 0; x < width; x++) {
            uint8_t b = pixels[x * 4], g = pixels[x * 4 + 1], r = pixels[x * 4 + 2], a = pixels[x * 4 + 3];
            if (bpp == 3) {
                current[x * 3] = r; current[x * 3 + 1] = g; current[x * 3 + 2] = b;
            } else if (a == 0) {
                memset(current + x * 4, 0, 4);
            } else {
                current[x * 4] = straight(r, a); current[x * 4 + 1] = straight(g, a);
                current[x * 4 + 2] = straight(b, a); current[x * 4 + 3] = a;
            }
        }
        long sums[4] = {0, 0, 0, 0};
        for (size_t i = 0; i < length; i++) {
            int left = i >= (size_t)bpp ? current[i - bpp] : 0, up = previous[i], corner = i >= (size_t)bpp ? previous[i - bpp] : 0;
            uint8_t v[4] = {current[i], (uint8_t)(current[i] - left), (uint8_t)(current[i] - up), (uint8_t)(current[i] - paeth(left, up, corner))};
            for (int k = 0; k < 4; k++) {
                filtered[k * length + i] = v[k];
                sums[k] += abs((int8_t)v[k]);
            }
        }
        int best = 0;
        for (int k = 1; k < 4; k++) if (sums[k] < sums[best]) best = k;
        uint8_t *line = out + (size_t)y * (length + 1);
        line[0] = types[best];
        memcpy(line + 1, filtered + best * length, length);
        uint8_t *swap = previous; previous = current; current = swap;
    }
    free(previous); free(current); free(filtered);
    return 0;
}
