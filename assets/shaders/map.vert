#version 330 core
// Basemap geometry: positions in projected metres, relative to the origin
// folded into u_map_to_clip.
layout(location = 0) in vec2 position;
uniform mat3 u_map_to_clip;

void main() {
  vec3 clip = u_map_to_clip * vec3(position, 1.0);
  gl_Position = vec4(clip.xy, 0.0, 1.0);
}
