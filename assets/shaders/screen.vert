#version 330 core
// Text and flat shapes in screen pixels, y down.
layout(location = 0) in vec2 position_px;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour_in;  // normalised bytes, straight alpha
uniform vec2 u_viewport;

out vec2 v_uv;
out vec4 v_colour;

void main() {
  v_uv = uv;
  v_colour = colour_in;
  gl_Position = vec4(position_px.x / u_viewport.x * 2.0 - 1.0, 1.0 - position_px.y / u_viewport.y * 2.0, 0.0, 1.0);
}
