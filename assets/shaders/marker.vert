#version 330 core
// One instanced quad per marker, sized to hold the disc, its halo and 2 px
// of antialiasing. Positions are screen pixels, y down.
layout(location = 0) in vec2 corner;        // (-1,-1) .. (1,1)
layout(location = 1) in vec2 centre_px;     // per instance
layout(location = 2) in vec4 fill;          // per instance, straight alpha
layout(location = 3) in vec4 shape;         // radius px, halo px, 1 = cluster, unused
uniform vec2 u_viewport;                    // pixels

out vec2 v_offset;
flat out vec4 v_fill;
flat out vec4 v_shape;

void main() {
  float extent = shape.x + shape.y + 2.0;
  v_offset = corner * extent;
  v_fill = fill;
  v_shape = shape;
  vec2 px = centre_px + v_offset;
  gl_Position = vec4(px.x / u_viewport.x * 2.0 - 1.0, 1.0 - px.y / u_viewport.y * 2.0, 0.0, 1.0);
}
