#include "intake/importer.h"
