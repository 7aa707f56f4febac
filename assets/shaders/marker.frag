#version 330 core
// A filled disc with a white rim and a faint dark edge; around it either a
// translucent ring (clusters) or a dashed halo (an uncertain location).
in vec2 v_offset;
flat in vec4 v_fill;
flat in vec4 v_shape;
out vec4 colour;

// Coverage of a disc of radius r at distance d, antialiased over one pixel.
float inside(float d, float r) { return clamp(r - d + 0.5, 0.0, 1.0); }

// 1 on the dashes of a halo with nine dash-gap pairs around the circle: the
// sign of sin(9 * angle), read off Im(z^9) for z = offset. Software
// rasterisers pay dearly for atan and sin on every fragment.
float dash(vec2 offset) {
  vec2 z = offset / max(length(offset), 1e-6);
  vec2 z2 = vec2(z.x * z.x - z.y * z.y, 2.0 * z.x * z.y);
  vec2 z4 = vec2(z2.x * z2.x - z2.y * z2.y, 2.0 * z2.x * z2.y);
  vec2 z8 = vec2(z4.x * z4.x - z4.y * z4.y, 2.0 * z4.x * z4.y);
  float z9_imaginary = z8.x * z.y + z8.y * z.x;
  return step(0.0, z9_imaginary);
}

vec4 over(vec4 top, vec4 bottom) {
  float a = top.a + bottom.a * (1.0 - top.a);
  if (a <= 0.0) return vec4(0.0);
  return vec4((top.rgb * top.a + bottom.rgb * bottom.a * (1.0 - top.a)) / a, a);
}

void main() {
  float d = length(v_offset);
  float radius = v_shape.x;
  float halo = v_shape.y;
  bool cluster = v_shape.z > 0.5;

  vec4 result = vec4(0.0);
  if (halo > 0.0) {
    float outer = inside(d, radius + halo);
    if (cluster) {
      result = vec4(v_fill.rgb, 0.35 * outer);
    } else {
      float edge = outer * (1.0 - inside(d, radius + halo - 1.5));
      result = vec4(v_fill.rgb, max(0.18 * outer, 0.85 * edge * dash(v_offset)));
    }
  }
  float rim = cluster ? 2.0 : 1.5;
  vec4 shadow = vec4(0.0, 0.0, 0.0, 0.45 * inside(d, radius + 1.0));
  vec4 body = vec4(mix(vec3(1.0), v_fill.rgb, inside(d, radius - rim)), inside(d, radius));
  colour = over(body, over(shadow, result));
  colour.a *= v_fill.a;
  if (colour.a <= 0.0) discard;
}
