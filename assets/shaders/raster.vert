#version 330 core
// A raster basemap's quad: corners in projected metres relative to the
// origin folded into u_map_to_clip, with their texture coordinates.
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
uniform mat3 u_map_to_clip;
out vec2 v_uv;

void main() {
  v_uv = uv;
  vec3 clip = u_map_to_clip * vec3(position, 1.0);
  gl_Position = vec4(clip.xy, 0.0, 1.0);
}
