#pragma once
// Where incimap's own files are at run time, found relative to the running
// executable so that one binary works from any prefix it is installed under
// (/usr, /usr/local, a tarball in $HOME) and from the build tree, with no
// path compiled in:
//
//   PREFIX/bin/incimap
//   PREFIX/share/incimap/assets/   shaders, landmark tables, sample articles
//   PREFIX/share/incimap/data/     gazetteer.idx and the unpacked data packages
//
// The build tree has the same shape: CMake links build/share/incimap/assets
// and .../data to the source tree's assets/ and .data/.

#include <filesystem>

namespace incimap::geo {

// The nearest of the executable's folder's parent, grandparent and
// great-grandparent that holds share/incimap/ (test binaries sit one or two
// folders deeper than bin/), as PATH/share/incimap. When none does:
// the executable's ../share/incimap, so that errors name where it looked.
const std::filesystem::path& share_dir();

// $INCIMAP_ASSETS_DIR when set, else share_dir()/assets.
std::filesystem::path assets_dir();

// $INCIMAP_DATA_DIR when set, else share_dir()/data.
std::filesystem::path data_dir();

}  // namespace incimap::geo
