#pragma once
// The OpenGL 3.3 core API. Entry points are called directly: libglvnd's
// libOpenGL exports every GL function and dispatches to the current context,
// whether EGL (offscreen) or GLX (the viewer's window) made it current.

#ifndef GL_GLEXT_PROTOTYPES
#define GL_GLEXT_PROTOTYPES 1
#endif
#include <GL/gl.h>
#include <GL/glext.h>
