#include "document/applicationcommands.h"
