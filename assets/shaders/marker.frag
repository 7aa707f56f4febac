#version 330 core
// A filled disc with a white rim and a faint dark edge; around it either a
// translucent ring (clusters) or a dashed halo (an uncertain location).
in vec2 v_offset;
flat in vec4 v_fill;
flat in vec4 v_shape;
out vec4 colour;

// Coverage of a disc of radius r at distance d, antialiased over one pixel.
float inside(float d, float r) { return clamp(r - d + 0.5, 0.0, 1.0); }

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
      float angle = atan(v_offset.y, v_offset.x);
      float dash = step(0.0, sin(angle * 9.0));
      float edge = outer * (1.0 - inside(d, radius + halo - 1.5));
      result = vec4(v_fill.rgb, max(0.18 * outer, 0.85 * edge * dash));
    }
  }
  float rim = cluster ? 2.0 : 1.5;
  vec4 shadow = vec4(0.0, 0.0, 0.0, 0.45 * inside(d, radius + 1.0));
  vec4 body = vec4(mix(vec3(1.0), v_fill.rgb, inside(d, radius - rim)), inside(d, radius));
  colour = over(body, over(shadow, result));
  colour.a *= v_fill.a;
  if (colour.a <= 0.0) discard;
}
