#include "intake/importmapping.h"
