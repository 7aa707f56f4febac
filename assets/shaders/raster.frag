#version 330 core
in vec2 v_uv;
uniform sampler2D u_image;  // straight alpha: nodata and uncovered pixels are transparent
out vec4 colour;

void main() { colour = texture(u_image, v_uv); }
