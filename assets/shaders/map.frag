#version 330 core
uniform vec4 u_colour;  // straight alpha
out vec4 colour;

void main() { colour = u_colour; }
